using System.Diagnostics;
using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.Tests.Infrastructure;

namespace DurhamCms.Tests.Host;

/// <summary>The host's verbs, run as a real process on a site of their own, as an operator would.</summary>
[Trait(Category.Name, Category.Slow)]
public sealed class CommandLineTests : IDisposable
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "durhamcms-cli", Guid.NewGuid().ToString("n"));

    [Fact]
    public async Task Import_then_export_round_trips_through_the_configured_site()
    {
        var recipe = Path.Combine(_dataPath, "extra.recipe.json");
        Directory.CreateDirectory(_dataPath);
        await File.WriteAllTextAsync(recipe, """
            {
              "name": "Extra",
              // comments and trailing commas, as Orchard allows
              "steps": [ { "name": "Content", "Data": [
                { "ContentItemId": "[js: uuid()]", "ContentType": "Priority", "DisplayText": "Extra priority", "Latest": true, "Published": true,
                  "TitlePart": { "Title": "Extra priority" }, "Priority": { "Number": { "Value": 5 } } },
              ] } ]
            }
            """);

        var import = await RunAsync("import", recipe);
        var export = await RunAsync("export", "--types", "Priority");

        Assert.True(import.ExitCode == 0, import.StdErr);
        Assert.Contains("1 content items", import.StdOut, StringComparison.Ordinal);
        Assert.Equal(0, export.ExitCode);
        var exported = ContentJson.ParseObject(export.StdOut);
        var titles = exported["steps"]!.AsArray().Single(s => (string?)s!["name"] == "Content")!["Data"]!.AsArray()
            .Select(i => (string?)i!["DisplayText"]).ToList();
        // The five seeded priorities, their five Spanish translations, and the imported one.
        Assert.Equal(11, titles.Count);
        Assert.Contains("Extra priority", titles);
    }

    [Fact]
    public async Task Import_gives_Orchard_parameters_from_the_first_administrator_and_param_options()
    {
        var recipe = Path.Combine(_dataPath, "params.recipe.json");
        Directory.CreateDirectory(_dataPath);
        await File.WriteAllTextAsync(recipe, """
            { "name": "Params", "steps": [ { "name": "Content", "Data": [
              { "ContentItemId": "4k7qxzmb2hf8yd3nq0vw5t9cp1", "ContentType": "Priority", "Latest": true, "Published": true,
                "DisplayText": "[js: parameters('Greeting') + parameters('NotGiven')]",
                "Owner": "[js: parameters('AdminUserId')]", "Author": "[js: parameters('AdminUsername')]",
                "TitlePart": { "Title": "[js: parameters('Greeting')]" }, "Priority": { "Number": { "Value": 5 } } } ] } ] }
            """);

        var import = await RunAsync("import", recipe, "--param", "Greeting=Hello from the CLI");
        var export = await RunAsync("export", "--types", "Priority");

        Assert.True(import.ExitCode == 0, import.StdErr);
        var item = ContentJson.ParseObject(export.StdOut)["steps"]!.AsArray().Single(s => (string?)s!["name"] == "Content")!["Data"]!.AsArray()
            .Single(i => (string?)i!["ContentItemId"] == "4k7qxzmb2hf8yd3nq0vw5t9cp1")!;
        Assert.Equal("Hello from the CLI", (string?)item["DisplayText"]);
        Assert.Equal("admin", (string?)item["Author"]);
        Assert.False(string.IsNullOrEmpty((string?)item["Owner"]));
        Assert.DoesNotContain("[js:", item.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_recipe_fails_on_stderr_with_its_line_and_column_and_a_non_zero_exit()
    {
        Directory.CreateDirectory(_dataPath);
        var recipe = Path.Combine(_dataPath, "broken.recipe.json");
        await File.WriteAllTextAsync(recipe, "{\n  \"name\": \"Broken\",\n  \"steps\": [ { \"name\": \"Content\" \"Data\": [] } ]\n}");

        var result = await RunAsync("import", recipe);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("line 3", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("column", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("Nothing was imported", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_of_an_unknown_type_and_an_unknown_verb_are_refused()
    {
        var export = await RunAsync("export", "--types", "NoSuchType");
        var unknown = await RunAsync("frobnicate");

        Assert.Equal(1, export.ExitCode);
        Assert.Contains("NoSuchType", export.StdErr, StringComparison.Ordinal);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("unknown command 'frobnicate'", unknown.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Started_in_another_folder_the_host_still_reads_the_settings_beside_it()
    {
        // A service manager's working directory, or the bench scripts' repository root: no appsettings.json there.
        var elsewhere = Path.Combine(_dataPath, "elsewhere");
        Directory.CreateDirectory(elsewhere);

        var import = await RunInAsync(elsewhere, "import", RepositoryPaths.Fixture("recipes", "empty.recipe.json"));

        Assert.True(import.ExitCode == 0, import.StdErr + import.StdOut);
        // Its logging levels came with it: without them every SQL command was written to the console.
        Assert.DoesNotContain("Executed DbCommand", import.StdOut, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // The verb failed before it made the folder.
        }
    }

    private Task<(int ExitCode, string StdOut, string StdErr)> RunAsync(params string[] args) => RunInAsync(AppContext.BaseDirectory, args);

    private async Task<(int ExitCode, string StdOut, string StdErr)> RunInAsync(string workingDirectory, params string[] args)
    {
        var host = Path.Combine(AppContext.BaseDirectory, "DurhamCms.Web.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(host);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DurhamCms__DataPath"] = _dataPath;
        start.Environment["DurhamCms__Setup__AdminPassword"] = "Test-admin-password-1";
        start.Environment["DurhamCms__Setup__Recipe"] = DurhamCms.Tests.Infrastructure.RepositoryPaths.DurhamRecipe;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}
