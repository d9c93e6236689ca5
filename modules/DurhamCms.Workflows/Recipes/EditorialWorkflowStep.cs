using System.Text.Json;
using DurhamCms.ContentManagement;
using DurhamCms.Documents;
using DurhamCms.Recipes;
using DurhamCms.Workflows.Definitions;
using DurhamCms.Workflows.Email;

namespace DurhamCms.Workflows.Recipes;

/// <summary>
/// The "EditorialWorkflow" step: the whole workflow (States, Transitions, ContentTypes,
/// Templates...) replaces the stored one, so a city changes its workflow with a recipe.
/// </summary>
internal sealed class EditorialWorkflowStep(IDocumentStore documents, EmailTemplateRenderer templates) : IRecipeStepHandler
{
    public IReadOnlyCollection<string> StepNames { get; } = ["EditorialWorkflow"];

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        EditorialWorkflowDefinition definition;
        try
        {
            definition = context.Step.Deserialize<EditorialWorkflowDefinition>(ContentJson.Options)
                ?? throw context.Error("the step is empty.");
        }
        catch (JsonException e)
        {
            throw context.Error($"{e.Path?.TrimStart('$', '.')} could not be read: {e.Message}", e);
        }

        var errors = EditorialWorkflowValidator.Validate(definition).ToList();
        foreach (var (name, template) in definition.Templates)
        {
            foreach (var (field, text) in new[] { ("Subject", template.Subject), ("Body", template.Body) })
            {
                if (!string.IsNullOrWhiteSpace(text) && templates.ParseError(text) is { } error)
                {
                    errors.Add($"Templates.{name}.{field} is not valid Liquid: {error}");
                }
            }
        }

        if (errors.Count > 0)
        {
            throw context.Error(string.Join(" ", errors));
        }

        await documents.SaveAsync(EditorialWorkflowDefinition.DocumentKey, definition);
    }
}
