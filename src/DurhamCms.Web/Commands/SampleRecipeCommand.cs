using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;

namespace DurhamCms.Web.Commands;

/// <summary>
/// Writes a recipe of generated initiatives and status updates under the site's priorities, for
/// demos and benchmarks. Every title says "Sample" so that nobody mistakes it for the city's plan.
/// </summary>
internal sealed class SampleRecipeCommand : HostCommand
{
    private static readonly string[] Statuses = ["In Progress", "On Hold", "Complete/Ongoing"];
    private static readonly string[] Topics =
    [
        "community engagement", "affordable housing", "workforce training", "transit access", "park maintenance",
        "emergency response", "stormwater resilience", "digital services", "small business support", "youth programs",
    ];

    private readonly int _items;
    private readonly string? _output;

    public SampleRecipeCommand(List<string> args)
    {
        _items = int.TryParse(TakeOption(args, "--items"), out var n) ? n : 500;
        _output = TakeOption(args, "--output");
        Unclaimed.AddRange(args);
    }

    public override async Task<int> RunAsync(string[] configArgs)
    {
        if (_items < 1)
        {
            return Fail("--items must be a positive number.");
        }

        await using var app = await BuildSiteAsync(configArgs);
        await using var scope = app.Services.CreateAsyncScope();
        var priorities = await scope.ServiceProvider.GetRequiredService<IContentManager>().ListAsync("Priority");
        if (priorities.Count == 0)
        {
            return Fail("the site has no priorities to put sample initiatives under; set it up with the Durham recipe first.");
        }

        var data = new JsonArray();
        var random = new Random(2024);
        var initiative = 0;
        string? initiativeId = null;
        for (var i = 0; i < _items; i++)
        {
            // One initiative, then three status updates for it, and so on.
            if (i % 4 == 0 || initiativeId is null)
            {
                initiative++;
                initiativeId = IdGenerator.NewId();
                var priority = priorities[initiative % priorities.Count];
                var topic = Topics[random.Next(Topics.Length)];
                var title = $"Sample initiative {initiative}: improve {topic}";
                data.Add(new JsonObject
                {
                    ["ContentItemId"] = initiativeId,
                    ["ContentType"] = "Initiative",
                    ["DisplayText"] = title,
                    ["Latest"] = true,
                    ["Published"] = true,
                    ["TitlePart"] = new JsonObject { ["Title"] = title },
                    ["Initiative"] = new JsonObject
                    {
                        ["Number"] = new JsonObject { ["Text"] = $"{(initiative % priorities.Count) + 1}.{initiative}" },
                        ["Priority"] = new JsonObject { ["ContentItemIds"] = new JsonArray(priority.ContentItemId) },
                        ["Status"] = new JsonObject { ["Text"] = Statuses[random.Next(Statuses.Length)] },
                        ["Description"] = new JsonObject { ["Html"] = $"<p>Generated sample text about {topic}. Not part of the City of Durham's plan.</p>" },
                        ["LeadDepartment"] = new JsonObject { ["Text"] = "Sample Department" },
                        ["PlanCycle"] = new JsonObject { ["Text"] = "FY2024-26" },
                    },
                    ["AutoroutePart"] = new JsonObject { ["Path"] = "" },
                });
                continue;
            }

            var period = $"FY2025 Q{(i % 4)}";
            data.Add(new JsonObject
            {
                ["ContentItemId"] = IdGenerator.NewId(),
                ["ContentType"] = "StatusUpdate",
                ["DisplayText"] = $"Sample update {period} for initiative {initiative}",
                ["Latest"] = true,
                ["Published"] = true,
                ["TitlePart"] = new JsonObject { ["Title"] = $"Sample update {period} for initiative {initiative}" },
                ["StatusUpdate"] = new JsonObject
                {
                    ["Initiative"] = new JsonObject { ["ContentItemIds"] = new JsonArray(initiativeId) },
                    ["Period"] = new JsonObject { ["Text"] = period },
                    ["Status"] = new JsonObject { ["Text"] = Statuses[random.Next(Statuses.Length)] },
                    ["WhatWeHaveBeenDoing"] = new JsonObject { ["Html"] = "<p>Generated sample progress narrative.</p>" },
                    ["WhatsNext"] = new JsonObject { ["Html"] = "<p>Generated sample next steps.</p>" },
                },
            });
        }

        var recipe = new JsonObject
        {
            ["name"] = "SamplePlan",
            ["displayName"] = $"Sample plan ({_items} generated items, not real data)",
            ["description"] = "Generated for demos and benchmarks. Invented text; not the City of Durham's plan.",
            ["author"] = "DurhamCms sample generator",
            ["version"] = "1.0.0",
            ["issetuprecipe"] = false,
            ["categories"] = new JsonArray("sample"),
            ["tags"] = new JsonArray("sample", "generated"),
            ["steps"] = new JsonArray(new JsonObject { ["name"] = "Content", ["Data"] = data }),
        };
        var json = recipe.ToJsonString(ContentJson.Options);
        if (_output is null)
        {
            Console.WriteLine(json);
        }
        else
        {
            await File.WriteAllTextAsync(_output, json);
            Console.Error.WriteLine($"Wrote {_items} sample items to {Path.GetFullPath(_output)}.");
        }

        return 0;
    }
}
