using DurhamCms.Contents.Admin.List;
using DurhamCms.Workflows.Definitions;

namespace DurhamCms.Workflows.Admin;

/// <summary>The workflow's states on the content list: the State filter's options and the label beside each row's publication.</summary>
internal sealed class WorkflowListStates(IEditorialWorkflow workflow, WorkflowDefinitionStore definitions) : IContentListStateSource
{
    public async Task<IReadOnlyList<FilterOption>> GetStatesAsync()
    {
        var definition = await definitions.GetAsync();
        if (definition.ContentTypes.Count == 0)
        {
            return [];
        }

        // Draft and Published are the list's own (the version columns answer them).
        return definition.States
            .Where(s => !string.Equals(s.Name, definition.InitialState, StringComparison.OrdinalIgnoreCase)
                && !string.Equals(s.Name, definition.PublishedState, StringComparison.OrdinalIgnoreCase))
            .Select(s => new FilterOption(s.Name, definition.StateLabel(s.Name)))
            .ToList();
    }

    public async Task<IReadOnlyCollection<string>?> ListInStateAsync(string state, int max) =>
        (await GetStatesAsync()).Any(s => s.Value == state) ? await workflow.ListInStateAsync(state, max) : null;

    public async Task<IReadOnlyDictionary<string, string>> GetLabelsAsync(IReadOnlyCollection<string> contentItemIds) =>
        (await workflow.GetStatusesAsync(contentItemIds)).ToDictionary(p => p.Key, p => p.Value.Label, StringComparer.Ordinal);
}
