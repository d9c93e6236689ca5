using DurhamCms.ContentManagement;
using DurhamCms.Contents.Admin.Editors;
using DurhamCms.Contents.Scheduling;
using DurhamCms.Editors;
using DurhamCms.Time;
using DurhamCms.Workflows.Services;

namespace DurhamCms.Workflows.Editors;

/// <summary>
/// The workflow on the content editor: the item's state, schedule and latest comment above the
/// form; the review comment and the publish times in it; a button per step the user may take.
/// A step's inputs are checked before the save (a bad time saves nothing), and the step is taken
/// on the stored version after it.
/// </summary>
internal sealed class WorkflowEditor(IEditorialWorkflow workflow, EditorialSaveScope saveScope, ILocalClock localClock) : IContentEditorPanel, IContentSaveContributor
{
    public const string Transition = "transition";
    public const string Comment = "TransitionComment";
    public const string UnpublishAtUtc = "UnpublishAtUtc";

    /// <summary>The state the page showed: a step posted for a state the item has left lost a race.</summary>
    public const string ShownState = "WorkflowState";

    public async Task<IReadOnlyList<EditorPanel>> BuildAsync(EditorPanelContext context)
    {
        if (!await workflow.AppliesToAsync(context.Type.Name))
        {
            return [];
        }

        var panels = new List<EditorPanel>();
        var status = context.IsNew ? null : await workflow.GetStatusAsync(context.Item);
        if (status is not null)
        {
            panels.Add(new EditorPanel(EditorPanelZone.Status, "~/Views/WorkflowEditor/_Status.cshtml", status));
        }

        var transitions = await workflow.GetTransitionsAsync(context.Item, context.User);
        if (transitions.Count > 0)
        {
            var model = new WorkflowStepsModel(
                transitions,
                context.Form?[Comment].ToString(),
                context.Form?[EditorFormNames.PublishAtUtc].ToString(),
                context.Form?[UnpublishAtUtc].ToString())
            {
                State = status?.State,
            };
            panels.Add(new EditorPanel(EditorPanelZone.Form, "~/Views/WorkflowEditor/_Review.cshtml", model));
            panels.Add(new EditorPanel(EditorPanelZone.Buttons, "~/Views/WorkflowEditor/_Buttons.cshtml", model));
        }

        return panels;
    }

    public async Task BeforeSaveAsync(ContentSaveContext context)
    {
        var zone = await localClock.GetTimeZoneAsync();
        if (Read(context, zone) is not { } request)
        {
            return;
        }

        // Someone else moved the item since the page was shown (another reviewer's step): the
        // step was meant for a state it has left, so nothing is saved and the user is told.
        if (!context.IsNew && request.ExpectedState is { Length: > 0 } shown
            && await workflow.GetStatusAsync(context.Item) is { } now && !string.Equals(now.State, shown, StringComparison.OrdinalIgnoreCase))
        {
            context.LostRace(StepConflict.Message(now.ChangedBy, now.Label));
            return;
        }

        // A reviewer who edits and approves in one press approves what they saved: the save
        // must not withdraw the item from the very state the step is taken from.
        if (!context.IsNew && (await workflow.GetTransitionsAsync(context.Item, context.User)).Any(t => t.Name == request.Transition))
        {
            saveScope.StepFollows = true;
        }

        if (ReviewComment.Check(request.Comment) is { } tooLong)
        {
            context.Veto(Comment, tooLong);
        }

        foreach (var (name, label) in new[] { (EditorFormNames.PublishAtUtc, "The publish time"), (UnpublishAtUtc, "The unpublish time") })
        {
            if (PublishTimeInput.Read(context.Form[name], label, zone).Error is { } error)
            {
                context.Veto(name, error);
            }
        }
    }

    public async Task AfterSaveAsync(ContentSaveContext context)
    {
        if (Read(context, await localClock.GetTimeZoneAsync()) is not { } request)
        {
            return;
        }

        var outcome = await workflow.ApplyAsync(context.Item, request, context.User);
        if (outcome.LostRace)
        {
            context.LostRace(outcome.Error ?? StepConflict.Message(null, null));
            return;
        }

        if (!outcome.Succeeded)
        {
            context.Refuse($"Your changes were saved as a draft, but the step was not taken: {outcome.Error}");
            return;
        }

        var name = context.Item.DisplayText is { Length: > 0 } text ? text : context.Type.DisplayName;
        context.Done(outcome.Status is { } status ? $"Saved: {name}. It is now {status.Label}." : $"Saved: {name}.");
    }

    /// <summary>The step the pressed button asks for, with its comment and times; null when no step was asked for.</summary>
    private static TransitionRequest? Read(ContentSaveContext context, SiteTimeZone zone)
    {
        var transition = context.Form[Transition].ToString();
        if (string.IsNullOrEmpty(transition))
        {
            return null;
        }

        var comment = context.Form[Comment].ToString();
        return new TransitionRequest(transition)
        {
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
            PublishAtUtc = PublishTimeInput.Read(context.Form[EditorFormNames.PublishAtUtc], "The publish time", zone).Utc,
            UnpublishAtUtc = PublishTimeInput.Read(context.Form[UnpublishAtUtc], "The unpublish time", zone).Utc,
            ExpectedState = context.Form[ShownState].ToString() is { Length: > 0 } shown ? shown : null,
        };
    }
}

/// <summary>The steps a user may take on the edit page, and what they typed for them (kept when the page is shown again).</summary>
public sealed record WorkflowStepsModel(IReadOnlyList<EditorialTransition> Transitions, string? Comment, string? PublishAtUtc, string? UnpublishAtUtc)
{
    /// <summary>The item's state as the page shows it (never the posted one), sent back with the step.</summary>
    public string? State { get; init; }
}
