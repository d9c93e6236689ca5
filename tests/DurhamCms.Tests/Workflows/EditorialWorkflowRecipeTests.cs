using DurhamCms.Recipes;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Workflows;

/// <summary>The workflow is defined by a recipe step: a city can replace it, and bad input names the step and field.</summary>
public sealed class EditorialWorkflowRecipeTests
{
    private const string TwoStateWorkflow = """
        {
          "name": "City workflow",
          "steps": [
            {
              "name": "EditorialWorkflow",
              "ContentTypes": [ "StatusUpdate" ],
              "States": [ { "Name": "Draft" }, { "Name": "Published" } ],
              "Transitions": [
                { "Name": "GoLive", "Label": "Go live", "From": [ "Draft" ], "To": "Published", "Action": "Publish", "Permission": "Publish_{Type}", "Comment": "None" }
              ]
            }
          ]
        }
        """;

    [Fact]
    public async Task A_city_replaces_the_workflow_with_its_own_and_only_its_types_opt_in()
    {
        await using var site = new TestSite();
        await site.CreateCastAsync();
        await site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteJsonAsync(TwoStateWorkflow, null));

        var id = await site.NewUpdateAsync("alice", "City workflow.");
        Assert.Equal(["GoLive"], await site.TransitionNamesAsync("erin", id));
        Assert.Empty(await site.TransitionNamesAsync("alice", id));
        Assert.False(await site.InScopeAsync(sp => sp.GetRequiredService<DurhamCms.Workflows.IEditorialWorkflow>().AppliesToAsync("Initiative")));
        Assert.True((await site.TransitionAsync("erin", id, "GoLive")).Succeeded);
        Assert.Equal("Published", (await site.StatusAsync(id))?.State);
    }

    [Theory]
    [InlineData("\"To\": \"Published\"", "\"To\": \"Live\"", "Transitions[0] ('GoLive').To: 'Live' is not one of the States")]
    [InlineData("\"Comment\": \"None\"", "\"Comment\": \"Sometimes\"", "Transitions[0] ('GoLive').Comment: 'Sometimes' is not one of")]
    [InlineData("\"Permission\": \"Publish_{Type}\", ", "", "Transitions[0] ('GoLive').Permission is empty")]
    [InlineData("\"From\": [ \"Draft\" ]", "\"From\": \"Draft\"", "Transitions[0].From could not be read")]
    public async Task Bad_workflow_steps_are_refused_with_the_step_and_field_named(string replace, string with, string message)
    {
        await using var site = new TestSite();
        var recipe = TwoStateWorkflow.Replace(replace, with, StringComparison.Ordinal);

        var error = await Assert.ThrowsAsync<RecipeException>(() =>
            site.InScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteJsonAsync(recipe, null)));

        Assert.Contains("step 1 \"EditorialWorkflow\"", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
