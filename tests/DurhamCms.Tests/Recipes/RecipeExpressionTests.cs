using System.Diagnostics;
using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.Documents;
using DurhamCms.Recipes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace DurhamCms.Tests.Recipes;

public sealed class RecipeExpressionTests
{
    private static RecipeExpressionEvaluator Evaluator(
        string variables = "{}",
        RecipeExecutionOptions? options = null,
        IDictionary<string, string?>? configuration = null) =>
        new(ContentJson.ParseObject(variables),
            options ?? new RecipeExecutionOptions(),
            new ConfigurationBuilder().AddInMemoryCollection(configuration ?? new Dictionary<string, string?>()).Build(),
            recipeDirectory: null);

    [Theory]
    [InlineData("[js:uuid()]")]
    [InlineData("[js: uuid()]")]
    public void Uuid_is_an_Orchard_content_item_id(string expression)
    {
        var evaluator = Evaluator();
        var first = (string)evaluator.Evaluate(expression)!;
        var second = (string)evaluator.Evaluate(expression)!;

        Assert.Equal(26, first.Length);
        Assert.True(IdGenerator.IsValid(first), first);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void A_variable_is_evaluated_once_and_reused()
    {
        var evaluator = Evaluator("""{ "id": "[js:uuid()]", "link": "[js: '/items/' + variables('id')]" }""");

        var id = (string)evaluator.Evaluate("[js: variables('id')]")!;

        Assert.True(IdGenerator.IsValid(id));
        Assert.Equal(id, (string)evaluator.Evaluate("[js: variables('id')]")!);
        Assert.Equal("/items/" + id, (string)evaluator.Evaluate("[js: variables('link')]")!);
    }

    [Fact]
    public void Variables_are_evaluated_lazily_so_an_unused_broken_one_does_no_harm()
    {
        var evaluator = Evaluator("""{ "broken": "[js: notAFunction()]", "name": "Durham" }""");

        Assert.Equal("Durham", (string)evaluator.Evaluate("[js: variables('name')]")!);
        var error = Assert.Throws<RecipeExpressionException>(() => evaluator.Evaluate("[js: variables('broken')]"));
        Assert.Contains("notAFunction", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Variables_given_by_the_caller_override_the_recipe()
    {
        var evaluator = Evaluator("""{ "year": "[js: new Date().getFullYear()]" }""",
            new RecipeExecutionOptions { Variables = new Dictionary<string, string?> { ["year"] = "2024" } });

        Assert.Equal("2024", (string)evaluator.Evaluate("[js: variables('year')]")!);
    }

    [Fact]
    public void A_variable_that_refers_to_itself_fails_clearly()
    {
        var evaluator = Evaluator("""{ "loop": "[js: variables('loop')]" }""");

        var error = Assert.Throws<RecipeExpressionException>(() => evaluator.Evaluate("[js: variables('loop')]"));
        Assert.Contains("refers to itself", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameters_come_from_the_options_and_a_missing_one_reads_as_empty_as_in_Orchard()
    {
        var evaluator = Evaluator(options: new RecipeExecutionOptions
        {
            Parameters = new Dictionary<string, string?> { ["AdminUsername"] = "admin" },
        });

        Assert.Equal("admin", (string)evaluator.Evaluate("[js: parameters('AdminUsername')]")!);
        Assert.Equal("", (string)evaluator.Evaluate("[js: parameters('AdminUserId')]")!);
    }

    [Fact]
    public void Configuration_reads_the_key_or_falls_back_to_the_default()
    {
        var evaluator = Evaluator(configuration: new Dictionary<string, string?>
        {
            ["OrchardCore_Admin:AdminUrlPrefix"] = "Manage",
            // Only keys the site allows are readable (see Security/RecipeSandboxTests).
            ["DurhamCms:Recipes:AllowedConfigurationKeys:0"] = "Missing:Key",
        });

        Assert.Equal("Manage", (string)evaluator.Evaluate("[js: configuration('OrchardCore_Admin:AdminUrlPrefix', 'Admin')]")!);
        Assert.Equal("Admin", (string)evaluator.Evaluate("[js: configuration('Missing:Key', 'Admin')]")!);
        Assert.Null(evaluator.Evaluate("[js: configuration('Missing:Key')]"));
    }

    [Fact]
    public void Base64_decodes_to_utf8_text_as_Orchard_does()
    {
        // The blog recipe's query schema.
        var decoded = (string)Evaluator().Evaluate("[js:base64('ew0KICAgICJ0eXBlIjogIkNvbnRlbnRJdGVtL0Jsb2dQb3N0Ig0KfQ==')]")!;

        Assert.Equal("{\r\n    \"type\": \"ContentItem/BlogPost\"\r\n}", decoded);
        Assert.Equal("Café", (string)Evaluator().Evaluate("[js: base64('Q2Fmw6k=')]")!);
    }

    [Fact]
    public void Results_keep_their_JSON_kind()
    {
        var evaluator = Evaluator();

        Assert.Equal(3L, evaluator.Evaluate("[js: 1 + 2]")!.GetValue<long>());
        Assert.Equal(0.5, evaluator.Evaluate("[js: 1 / 2]")!.GetValue<double>());
        Assert.True(evaluator.Evaluate("[js: 1 < 2]")!.GetValue<bool>());
        Assert.Null(evaluator.Evaluate("[js: null]"));
        JsonAssert.Equal(JsonNode.Parse("""{ "a": [1, "b"] }"""), evaluator.Evaluate("[js: ({ a: [1, 'b'] })]"));
    }

    [Fact]
    public void Scripts_may_declare_constants_and_return_like_Orchards_recipes_do()
    {
        var evaluator = Evaluator();
        const string script = "[js: const months = ['Jan', 'Feb']; var d = new Date(2024, 1, 3); return months[d.getMonth()] + ' ' + d.getFullYear();]";

        Assert.Equal("Feb 2024", (string)evaluator.Evaluate(script)!);
        Assert.Equal("Feb 2024", (string)evaluator.Evaluate(script)!);
    }

    [Theory]
    [InlineData("[Content]")]
    [InlineData("see [js:uuid()]")]
    [InlineData("[js:uuid()] and more")]
    [InlineData("[liquid: x]")]
    public void Only_a_whole_bracketed_js_or_file_value_is_an_expression(string value)
    {
        Assert.False(RecipeExpressionEvaluator.IsExpression(value));
        Assert.Equal(value, (string)Evaluator().Evaluate(value)!);
    }

    [Theory]
    [InlineData("[js: System.IO.File.ReadAllText('/etc/passwd')]")]
    [InlineData("[js: importNamespace('System')]")]
    public void Scripts_have_no_access_to_the_CLR(string expression) =>
        Assert.Throws<RecipeExpressionException>(() => Evaluator().Evaluate(expression));

    [Fact]
    public void A_runaway_script_is_stopped()
    {
        var clock = Stopwatch.StartNew();
        Assert.Throws<RecipeExpressionException>(() => Evaluator().Evaluate("[js: while (true) {}]"));
        Assert.Throws<RecipeExpressionException>(() => Evaluator().Evaluate("[js: function f(n) { return f(n + 1); } f(0)]"));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Expressions_in_nested_objects_and_arrays_are_evaluated_and_variables_are_shared_across_steps()
    {
        await using var site = await RecipeTestSite.CreateAsync();
        await site.RunAsync("""
            {
              "variables": { "homeId": "[js:uuid()]" },
              "steps": [
                { "name": "Settings", "HomeRoute": { "ContentItemId": "[js: variables('homeId')]", "Ids": [ "[js: variables('homeId')]", { "Id": "[js: uuid()]" } ] } },
                { "name": "settings", "Home": "[js: variables('homeId')]", "Answer": "[js: 6 * 7]" }
              ]
            }
            """);

        var settings = await site.InScopeAsync(sp => sp.GetRequiredService<ISiteSettings>().GetAsync());
        var homeId = (string)settings["HomeRoute"]!["ContentItemId"]!;
        Assert.True(IdGenerator.IsValid(homeId));
        Assert.Equal(homeId, (string)settings["HomeRoute"]!["Ids"]![0]!);
        Assert.True(IdGenerator.IsValid((string)settings["HomeRoute"]!["Ids"]![1]!["Id"]!));
        Assert.Equal(homeId, (string)settings["Home"]!);
        Assert.Equal(42, (int)settings["Answer"]!);
    }
}
