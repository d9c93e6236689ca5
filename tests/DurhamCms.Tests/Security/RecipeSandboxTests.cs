using System.Diagnostics;
using DurhamCms.ContentManagement;
using DurhamCms.Documents;
using DurhamCms.Recipes;
using DurhamCms.Tests.Recipes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Xunit.Abstractions;

namespace DurhamCms.Tests.Security;

/// <summary>
/// Recipes are code: their scripts read only the configuration the site allows, read files only
/// beside the recipe (links followed), and stay within their memory and time inside one statement.
/// </summary>
public sealed class RecipeSandboxTests(ITestOutputHelper output)
{
    private const string Secret = "Admin-Password-7f3c!";

    private static RecipeExpressionEvaluator Evaluator(IDictionary<string, string?>? configuration = null, string? directory = null) =>
        new(ContentJson.ParseObject("{}"), new RecipeExecutionOptions(),
            new ConfigurationBuilder().AddInMemoryCollection(configuration ?? new Dictionary<string, string?>()).AddEnvironmentVariables().Build(),
            directory);

    // ---- configuration('…') ----

    [Theory]
    [InlineData("DurhamCms:Setup:AdminPassword")]
    [InlineData("DurhamCms:Database:ConnectionString")]
    [InlineData("PATH")]
    [InlineData("durhamcms:setup:adminpassword")]
    public void A_configuration_key_not_on_the_allow_list_fails_naming_the_key_and_the_setting(string key)
    {
        var evaluator = Evaluator(new Dictionary<string, string?>
        {
            ["DurhamCms:Setup:AdminPassword"] = Secret,
            ["DurhamCms:Database:ConnectionString"] = $"Host=db;Password={Secret}",
        });

        var error = Assert.Throws<RecipeSandboxException>(() => evaluator.Evaluate($"[js: configuration('{key}', 'fallback')]"));

        Assert.Contains($"configuration('{key}')", error.Message, StringComparison.Ordinal);
        Assert.Contains("DurhamCms:Recipes:AllowedConfigurationKeys", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_script_cannot_catch_the_refusal_and_carry_on()
    {
        var evaluator = Evaluator(new Dictionary<string, string?> { ["DurhamCms:Setup:AdminPassword"] = Secret });

        Assert.Throws<RecipeSandboxException>(() =>
            evaluator.Evaluate("[js: try { configuration('DurhamCms:Setup:AdminPassword') } catch (e) { 'swallowed' }]"));
    }

    [Fact]
    public void Keys_on_the_allow_list_and_Orchards_admin_prefix_are_read()
    {
        var evaluator = Evaluator(new Dictionary<string, string?>
        {
            ["DurhamCms:Recipes:AllowedConfigurationKeys:0"] = "Site:Greeting",
            ["Site:Greeting"] = "Hello Durham",
            ["OrchardCore_Admin:AdminUrlPrefix"] = "Manage",
        });

        Assert.Equal("Hello Durham", (string)evaluator.Evaluate("[js: configuration('site:greeting')]")!);
        Assert.Equal("Manage", (string)evaluator.Evaluate("[js: configuration('OrchardCore_Admin:AdminUrlPrefix', 'Admin')]")!);
    }

    [Fact]
    public async Task A_recipe_reading_a_secret_imports_nothing_and_keeps_no_expression_even_when_skipping_unsupported()
    {
        await using var site = await RecipeTestSite.CreateAsync(new Dictionary<string, string?> { ["DurhamCms:Setup:AdminPassword"] = Secret });

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunAsync("""
            { "name": "Leak", "steps": [
              { "name": "Settings", "Footer": "harmless" },
              { "name": "Settings", "Leak": "[js: configuration('DurhamCms:Setup:AdminPassword')]" }
            ] }
            """, new RecipeExecutionOptions { SkipUnsupportedSteps = true }));

        Assert.Contains("step 2 \"Settings\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("DurhamCms:Recipes:AllowedConfigurationKeys", error.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing from the recipe \"Leak\" was imported", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
        Assert.Empty(await site.InScopeAsync(sp => sp.GetRequiredService<ISiteSettings>().GetAsync()));
    }

    // ---- [file:text('…')] ----

    public static TheoryData<string> Escapes => new()
    {
        "passwd-link",          // a link beside the recipe to /etc/passwd
        "outside-link",         // a link beside the recipe to a file outside its folder
        "linked-folder/secret.txt", // a linked folder that leads outside
        "Snippets/../../secret.txt",
        "chain-link",           // a link to a link inside, which leads outside
        "/etc/passwd",
    };

    [Theory]
    [MemberData(nameof(Escapes))]
    public async Task A_file_expression_that_leads_outside_the_recipes_folder_is_refused_even_when_skipping(string path)
    {
        await using var site = await RecipeTestSite.CreateAsync();
        var folder = Folders(site.DataPath);

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunAsync(
            $$"""{ "name": "Files", "steps": [ { "name": "Settings", "Stolen": "[file:text('{{path}}')]" } ] }""",
            new RecipeExecutionOptions { SkipUnsupportedSteps = true }, folder));

        Assert.Contains("outside the recipe's folder", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
        Assert.Empty(await site.InScopeAsync(sp => sp.GetRequiredService<ISiteSettings>().GetAsync()));
    }

    [Fact]
    public async Task A_link_that_stays_inside_the_folder_is_read()
    {
        await using var site = await RecipeTestSite.CreateAsync();
        var folder = Folders(site.DataPath);

        await site.RunAsync("""{ "steps": [ { "name": "Settings", "Footer": "[file:text('footer-link')]" } ] }""", directory: folder);

        var settings = await site.InScopeAsync(sp => sp.GetRequiredService<ISiteSettings>().GetAsync());
        Assert.Equal("<p>Durham</p>", (string?)settings["Footer"]);
    }

    [Fact]
    public async Task A_recipe_file_or_a_file_it_reads_larger_than_allowed_is_refused_before_it_is_read()
    {
        await using var site = await RecipeTestSite.CreateAsync(new Dictionary<string, string?>
        {
            ["DurhamCms:Recipes:MaxFileMegabytes"] = "1",
            ["DurhamCms:Recipes:MaxRecipeFileMegabytes"] = "1",
        });
        var folder = Folders(site.DataPath);
        var big = Path.Combine(folder, "big.recipe.json");
        await using (var stream = File.Create(big))
        {
            stream.SetLength(2 * 1024 * 1024);
        }

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.RunFileAsync(big));
        Assert.Contains("2,097,152 bytes", error.Message, StringComparison.Ordinal);
        Assert.Contains("DurhamCms:Recipes:MaxRecipeFileMegabytes", error.Message, StringComparison.Ordinal);

        var small = Path.Combine(folder, "small.recipe.json");
        await File.WriteAllTextAsync(small, """{ "steps": [ { "name": "Settings", "Blob": "[file:base64('big.recipe.json')]" } ] }""");
        error = await Assert.ThrowsAsync<RecipeException>(() => site.RunFileAsync(small));
        Assert.Contains("'big.recipe.json' is 2,097,152 bytes", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A recipe folder with a snippet, links that lead out and links that stay in; and a secret beside it.</summary>
    private static string Folders(string dataPath)
    {
        var folder = Path.Combine(dataPath, "recipe");
        var outside = Path.Combine(dataPath, "outside");
        Directory.CreateDirectory(Path.Combine(folder, "Snippets"));
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(folder, "Snippets", "footer.html"), "<p>Durham</p>");
        File.WriteAllText(Path.Combine(dataPath, "secret.txt"), Secret);
        File.WriteAllText(Path.Combine(outside, "secret.txt"), Secret);
        File.CreateSymbolicLink(Path.Combine(folder, "passwd-link"), "/etc/passwd");
        File.CreateSymbolicLink(Path.Combine(folder, "outside-link"), Path.Combine(dataPath, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(folder, "linked-folder"), outside);
        File.CreateSymbolicLink(Path.Combine(folder, "Snippets", "up"), "../../secret.txt");
        File.CreateSymbolicLink(Path.Combine(folder, "chain-link"), "Snippets/up");
        File.CreateSymbolicLink(Path.Combine(folder, "footer-link"), "Snippets/footer.html");
        return folder;
    }

    // ---- limits inside one statement ----

    // Each builds gigabytes in one statement, or would without the guards. (Arrays stay under the
    // 100,000-element cap, so the guard under test is the one that stops them.)
    [Theory]
    [InlineData("'a'.repeat(1<<28)", "String.prototype.repeat would build 268,435,456 characters")]
    [InlineData("''.padEnd(1<<28, 'ab')", "padStart/padEnd would build 268,435,456 characters")]
    [InlineData("'a'.repeat(1<<24) + 'a'.repeat(1<<24)", "String.prototype.repeat would build")]
    [InlineData("Array(50000).fill('a'.repeat(1<<20)).join('')", "Array.prototype.join would build")]
    [InlineData("String(Array(50000).fill('a'.repeat(1<<20)))", "Array.prototype.join would build")]
    [InlineData("''.concat(...Array(50000).fill('a'.repeat(1<<20)))", "String.prototype.concat would build 52,428,800,000 characters")]
    [InlineData("'a'.repeat(1<<20).replace(/a/g, 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb')", "String.prototype.replace would build")]
    // The callback's small strings add up: whichever of the replace guard and the engine's memory
    // limit sees the total first stops it, depending on when the engine samples allocations.
    [InlineData("'a'.repeat(1<<20).replaceAll('a', () => 'b'.repeat(1000))", "String.prototype.replace would build|Script has allocated")]
    [InlineData("JSON.stringify(Array(50000).fill('a'.repeat(1<<20)))", "JSON.stringify would build")]
    [InlineData("Array(50000).fill('a'.repeat(1<<20))", "JSON.stringify would build")]
    [InlineData("var s = 'a'.repeat(1<<23); [s.toUpperCase(), s.toUpperCase(), s.toUpperCase()]", "String.prototype.toUpperCase would build")]
    [InlineData("new Uint8Array(1<<30).length", "Uint8Array is not defined")]
    [InlineData("/(a+)+$/.test('a'.repeat(40) + 'b')", "timed out")]
    public void A_script_that_would_balloon_in_one_statement_fails_fast_and_small(string script, string message)
    {
        var evaluator = Evaluator();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<RecipeExpressionException>(() => evaluator.Evaluate($"[js: {script}]"));

        clock.Stop();
        var megabytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (1024 * 1024);
        output.WriteLine($"{clock.Elapsed.TotalMilliseconds:N0} ms, {megabytes} MB allocated: {error.Message}");
        Assert.True(message.Split('|').Any(m => error.Message.Contains(m, StringComparison.Ordinal)), $"expected \"{message}\", got: {error.Message}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed.TotalSeconds:0.0} s: {error.Message}");
        Assert.True(megabytes < 200, $"allocated {megabytes} MB: {error.Message}");
    }

    [Fact]
    public void The_repeat_bomb_names_what_it_asked_for_and_the_budget()
    {
        var error = Assert.Throws<RecipeExpressionException>(() => Evaluator().Evaluate("[js: 'a'.repeat(1<<28)]"));

        Assert.Contains("String.prototype.repeat would build 268,435,456 characters", error.Message, StringComparison.Ordinal);
        Assert.Contains("at most 32 MB", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("'ab'.repeat(3)", "ababab")]
    [InlineData("'7'.padStart(3, '0')", "007")]
    [InlineData("[1, [2, 3], null, 'x'].join('-')", "1-2,3--x")]
    [InlineData("var a = [1]; a.push(a); String(a)", "1,")]
    [InlineData("'a-b-c'.replace(/-/g, '+')", "a+b+c")]
    [InlineData("'a-b'.replace('-', '$&$&')", "a--b")]
    [InlineData("'a-b'.replaceAll('-', m => '[' + m + ']')", "a[-]b")]
    [InlineData("'x'.concat(1, [2, 3])", "x12,3")]
    [InlineData("JSON.stringify({ a: [1, 'b'], d: new Date(Date.UTC(2024, 0, 2)) })", """{"a":[1,"b"],"d":"2024-01-02T00:00:00.000Z"}""")]
    [InlineData("'Straße'.toUpperCase()", "STRASSE")]
    [InlineData("String.prototype.repeat = function () { return 'hijacked'; }; 'a'.repeat(2)", "aa")]
    public void Everyday_scripts_give_what_they_always_gave(string script, string expected) =>
        Assert.Equal(expected, (string)Evaluator().Evaluate($"[js: {script}]")!);
}
