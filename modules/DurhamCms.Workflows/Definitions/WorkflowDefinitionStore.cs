using DurhamCms.Documents;

namespace DurhamCms.Workflows.Definitions;

/// <summary>The site's workflow definition, read once per request. No document: no type uses the workflow.</summary>
public sealed class WorkflowDefinitionStore(IDocumentStore documents)
{
    private EditorialWorkflowDefinition? _definition;

    public async Task<EditorialWorkflowDefinition> GetAsync() =>
        _definition ??= await documents.FindAsync<EditorialWorkflowDefinition>(EditorialWorkflowDefinition.DocumentKey)
            ?? new EditorialWorkflowDefinition();

    /// <summary>The definition when <paramref name="contentType"/> opts in, else null.</summary>
    public async Task<EditorialWorkflowDefinition?> ForTypeAsync(string contentType)
    {
        var definition = await GetAsync();
        return definition.AppliesTo(contentType) ? definition : null;
    }
}
