using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using static DurhamCms.StrategicPlan.Models.PlanContent;

namespace DurhamCms.Web.Commands;

/// <summary>
/// A clearly labelled sample plan recipe for demos and benchmarks: initiatives under the site's
/// priorities, each followed by one key measure and three status updates. Numbers are valid and
/// unique x.yz (objectives 1-9, sequences from 1, skipping numbers the site already uses), so
/// the recipe imports on a site set up with the Durham recipe without a validation error.
/// </summary>
public sealed class SamplePlanGenerator(SamplePlanSite site, int seed = 2024)
{
    /// <summary>An initiative, its key measure and its three status updates.</summary>
    public const int ItemsPerInitiative = 5;

    private const int Objectives = 9;
    private static readonly string[] UpdatePeriods = ["FY2024 Q4", "FY2025 Q1", "FY2025 Q2"];
    private static readonly string[] Units = ["participants", "requests", "households", "sessions", "percent"];

    // Round-robin, not random, so adding them left every other generated value as it was.
    private static readonly string[] Departments =
    [
        "Sample Parks Department", "Sample Housing Department", "Sample Transit Department", "Sample Public Works Department",
    ];
    private static readonly DateOnly FirstMonth = new(2023, 7, 1);

    /// <summary>A recipe of <paramref name="initiatives"/> initiatives, cut to <paramref name="totalItems"/> items when given.</summary>
    public JsonObject Generate(int initiatives, int? totalItems = null)
    {
        var recipe = Header(initiatives, totalItems);
        recipe["steps"] = new JsonArray(new JsonObject { ["name"] = "Content", ["Data"] = new JsonArray([.. Items(initiatives, totalItems)]) });
        return recipe;
    }

    /// <summary>
    /// The same recipe as <see cref="Generate"/>, written item by item: a million-document plan
    /// (200,000 initiatives) is about 1.5 GB of JSON, more than one string or one tree can hold.
    /// </summary>
    public async Task WriteAsync(Stream output, int initiatives, int? totalItems = null, CancellationToken ct = default)
    {
        await using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = ContentJson.Options.Encoder });
        writer.WriteStartObject();
        foreach (var (name, value) in Header(initiatives, totalItems))
        {
            writer.WritePropertyName(name);
            value!.WriteTo(writer, ContentJson.Options);
        }

        writer.WriteStartArray("steps");
        writer.WriteStartObject();
        writer.WriteString("name", "Content");
        writer.WriteStartArray("Data");
        foreach (var item in Items(initiatives, totalItems))
        {
            item.WriteTo(writer, ContentJson.Options);
            if (writer.BytesPending > 64 * 1024)
            {
                await writer.FlushAsync(ct);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(ct);
    }

    private JsonObject Header(int initiatives, int? totalItems)
    {
        if (site.Priorities.Count == 0)
        {
            throw new InvalidOperationException("the site has no numbered priorities to put sample initiatives under; set it up with the Durham recipe first.");
        }

        var count = Math.Min(totalItems ?? int.MaxValue, initiatives * ItemsPerInitiative);
        return new JsonObject
        {
            ["name"] = "SamplePlan",
            ["displayName"] = $"Sample plan ({initiatives} initiatives, {count} generated items), not real data",
            ["description"] = "Generated for demos and benchmarks. Invented text; not the City of Durham's plan.",
            ["author"] = "DurhamCms sample generator",
            ["version"] = "1.0.0",
            ["issetuprecipe"] = false,
            ["categories"] = new JsonArray("sample"),
            ["tags"] = new JsonArray("sample", "generated"),
        };
    }

    private IEnumerable<JsonObject> Items(int initiatives, int? totalItems) =>
        totalItems is { } n ? Items(initiatives).Take(n) : Items(initiatives);

    private IEnumerable<JsonObject> Items(int initiatives)
    {
        var random = new Random(seed);
        var text = new SampleText(random);
        var numbers = new SampleNumbers(site.TakenNumbers);
        for (var k = 0; k < initiatives; k++)
        {
            // Round the priorities, then the objectives, so every priority and objective fills evenly.
            var priority = site.Priorities[k % site.Priorities.Count];
            var number = numbers.Next(priority.Number, (k / site.Priorities.Count % Objectives) + 1);
            var topic = text.Pick(SampleText.Topics);
            var initiativeId = IdGenerator.NewId();
            yield return Item(initiativeId, Initiative.Type, $"Sample initiative {number}: improve {topic}", new JsonObject
            {
                [Initiative.Number] = Text(number),
                [Initiative.Priority] = Picked(priority.ContentItemId),
                [Initiative.Status] = Text(text.Pick(site.Statuses)),
                [Initiative.Description] = Html(text.Paragraphs(2)),
                [Initiative.WhyImportant] = Html(text.Paragraphs(1)),
                [Initiative.LeadDepartment] = Text(Departments[k % Departments.Length]),
                [Initiative.PlanCycle] = Text("FY2024–26"),
            }, routed: true);
            yield return Measure(random, text, initiativeId, number);
            foreach (var period in UpdatePeriods)
            {
                yield return Item(IdGenerator.NewId(), StatusUpdate.Type, $"Sample update {period} for initiative {number}", new JsonObject
                {
                    [StatusUpdate.Initiative] = Picked(initiativeId),
                    [StatusUpdate.Period] = Text(period),
                    [StatusUpdate.Status] = Text(text.Pick(site.Statuses)),
                    [StatusUpdate.WhatWeHaveBeenDoing] = Html(text.Paragraphs(2)),
                    [StatusUpdate.WhatsNext] = Html(text.Paragraphs(1)),
                });
            }
        }
    }

    private static JsonObject Measure(Random random, SampleText text, string initiativeId, string number)
    {
        var unit = text.Pick(Units);
        var value = random.Next(10, 200);
        var points = new JsonArray();
        var months = random.Next(6, 13);
        for (var month = 0; month < months; month++)
        {
            value = Math.Max(0, value + random.Next(-15, 21));
            points.Add(new JsonObject { ["Period"] = SampleText.Month(FirstMonth.AddMonths(month)), ["Value"] = value });
        }

        var up = random.Next(4) > 0;
        return Item(IdGenerator.NewId(), KeyMeasure.Type, $"Sample measure for {number}: {unit}", new JsonObject
        {
            [KeyMeasure.Initiative] = Picked(initiativeId),
            [KeyMeasure.Analysis] = Html(text.Paragraphs(2)),
            [KeyMeasure.Series] = new JsonObject
            {
                ["Unit"] = unit,
                ["ChartKind"] = random.Next(2) == 0 ? "bar" : "line",
                ["Target"] = random.Next(3) == 0 ? JsonValue.Create(value + (up ? 25 : -25)) : null,
                ["BetterDirection"] = up ? "up" : "down",
                ["Points"] = points,
            },
            [KeyMeasure.Source] = Text("Sample source, not real data"),
            [KeyMeasure.Methodology] = Text("Generated values for demonstration."),
        });
    }

    private static JsonObject Item(string id, string type, string title, JsonObject part, bool routed = false)
    {
        var item = new JsonObject
        {
            ["ContentItemId"] = id,
            ["ContentType"] = type,
            ["DisplayText"] = title,
            ["Latest"] = true,
            ["Published"] = true,
            ["TitlePart"] = new JsonObject { ["Title"] = title },
            [type] = part,
        };
        if (routed)
        {
            item["AutoroutePart"] = new JsonObject { ["Path"] = "" };
        }

        return item;
    }

    private static JsonObject Text(string text) => new() { ["Text"] = text };

    private static JsonObject Html(string html) => new() { ["Html"] = html };

    private static JsonObject Picked(string id) => new() { ["ContentItemIds"] = new JsonArray(id) };
}

/// <summary>Hands out x.yz numbers per objective, in order, past any the site already uses.</summary>
internal sealed class SampleNumbers(IReadOnlySet<string> taken)
{
    // InitiativeNumber reads at most five sequence digits.
    private const int MaxSequence = 99_999;

    private readonly Dictionary<(int Priority, int Objective), int> _last = [];

    public string Next(int priority, int objective)
    {
        var sequence = _last.GetValueOrDefault((priority, objective));
        string number;
        do
        {
            if (++sequence > MaxSequence)
            {
                throw new InvalidOperationException($"objective {priority}.{objective} has no free initiative numbers left.");
            }

            number = string.Create(CultureInfo.InvariantCulture, $"{priority}.{objective}{sequence}");
        }
        while (taken.Contains(number));

        _last[(priority, objective)] = sequence;
        return number;
    }
}
