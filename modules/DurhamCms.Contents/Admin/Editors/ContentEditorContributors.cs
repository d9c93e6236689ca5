namespace DurhamCms.Contents.Admin.Editors;

/// <summary>The modules' panels and save contributors, run in registration order (which follows module dependencies).</summary>
public sealed class ContentEditorContributors(IEnumerable<IContentEditorPanel> panels, IEnumerable<IContentSaveContributor> contributors)
{
    private readonly IReadOnlyList<IContentEditorPanel> _panels = panels.ToList();
    private readonly IReadOnlyList<IContentSaveContributor> _contributors = contributors.ToList();

    public async Task<IReadOnlyList<EditorPanel>> BuildPanelsAsync(EditorPanelContext context)
    {
        var built = new List<EditorPanel>();
        foreach (var panel in _panels)
        {
            built.AddRange(await panel.BuildAsync(context));
        }

        // A stable sort: equal orders keep the modules' order.
        return built.OrderBy(p => p.Order).ToList();
    }

    /// <summary>Every contributor reads its inputs, so the page names all the problems at once.</summary>
    public async Task BeforeSaveAsync(ContentSaveContext context)
    {
        foreach (var contributor in _contributors)
        {
            await contributor.BeforeSaveAsync(context);
        }
    }

    /// <summary>Until one takes over the step.</summary>
    public async Task AfterSaveAsync(ContentSaveContext context)
    {
        foreach (var contributor in _contributors)
        {
            await contributor.AfterSaveAsync(context);
            if (context.Handled)
            {
                return;
            }
        }
    }
}
