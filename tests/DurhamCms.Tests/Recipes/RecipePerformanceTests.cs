using System.Diagnostics;
using System.Text;
using DurhamCms.ContentManagement;
using DurhamCms.Recipes;
using Xunit;
using Xunit.Abstractions;

namespace DurhamCms.Tests.Recipes;

/// <summary>Runs alone, after the parallel tests, so that its clock and CPU time are its own.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RecipePerformanceCollection
{
    public const string Name = "Recipe performance";
}

[Collection(RecipePerformanceCollection.Name)]
public sealed class RecipePerformanceTests(ITestOutputHelper output)
{
    private const string Definitions = """
        { "name": "ContentDefinition",
          "ContentTypes": [ { "Name": "Initiative", "Settings": { "ContentTypeSettings": { "Creatable": true, "Draftable": true } },
            "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" }, { "PartName": "Initiative", "Name": "Initiative" } ] } ],
          "ContentParts": [ { "Name": "Initiative", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Number" } ] } ] }
        """;

    [Fact]
    public async Task Ten_thousand_items_import_within_fifteen_seconds()
    {
        const int count = 10_000;
        await using var site = await RecipeTestSite.CreateAsync();
        var data = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            data.Append(i == 0 ? "" : ",").Append($$"""
                { "ContentItemId": "{{IdGenerator.NewId()}}", "ContentItemVersionId": "[js:uuid()]", "ContentType": "Initiative",
                  "DisplayText": "Initiative {{i}}", "Latest": true, "Published": true, "Owner": "[js: parameters('AdminUserId')]",
                  "TitlePart": { "Title": "Initiative {{i}}" }, "Initiative": { "Number": { "Text": "{{i}}" } } }
                """);
        }

        var recipe = $$"""{ "name": "Large", "steps": [ {{Definitions}}, { "name": "Content", "Data": [ {{data}} ] } ] }""";
        var options = new RecipeExecutionOptions { Parameters = new Dictionary<string, string?> { ["AdminUserId"] = "admin" } };

        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = await site.RunAsync(recipe, options);
        clock.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        output.WriteLine($"{count} items imported in {clock.Elapsed.TotalSeconds:0.0} s ({cpu.TotalSeconds:0.0} s of CPU)");

        Assert.Equal(count, result.ImportedContent.Count);
        Assert.Equal(count, await site.CountVersionsAsync());

        // The build machines are shared: wall time depends on the neighbours, CPU time on us
        // (though it also counts the JIT and GC threads). Either under the bound will do.
        var cost = clock.Elapsed < cpu ? clock.Elapsed : cpu;
        Assert.True(cost < TimeSpan.FromSeconds(15), $"the import took {clock.Elapsed.TotalSeconds:0.0} s ({cpu.TotalSeconds:0.0} s of CPU)");
    }
}
