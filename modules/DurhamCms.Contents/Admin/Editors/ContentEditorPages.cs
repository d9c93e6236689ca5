using System.Security.Claims;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Publishing;
using DurhamCms.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace DurhamCms.Contents.Admin.Editors;

/// <summary>How the edit page is to be shown: what the user typed, and what to tell them.</summary>
public sealed record EditorPageRequest
{
    public bool IsNew { get; init; }

    /// <summary>The posted form the field editors show again (the user's text); null shows the item's own values.</summary>
    public IFormCollection? Form { get; init; }

    /// <summary>The posted form the modules' panels show again (a review comment); the field form when null.</summary>
    public IFormCollection? PanelForm { get; init; }

    public IReadOnlyList<ContentValidationError> Errors { get; init; } = [];
    public string? Conflict { get; init; }
    public string? ConflictHeading { get; init; }
    public string? Error { get; init; }
    public (string Id, long Stamp)? Version { get; init; }
    public ContentSaveContext? Vetoes { get; init; }
}

/// <summary>
/// Builds the create/edit page, for the editor and for anything that answers with it: the 409
/// conflict page a lost race gets (a save, "Publish now", a step from the review queue) is this
/// page, with the current version, what the user typed, and what happened.
/// </summary>
public sealed class ContentEditorPages(
    IContentManager contents,
    ContentEditorPipeline pipeline,
    ContentEditorContributors contributors,
    IContentPublishingPolicy publishing,
    IAuthorizationService authorization)
{
    public const string ViewPath = "~/Views/AdminEditor/Edit.cshtml";

    public async Task<EditorPageModel> BuildAsync(ContentItem item, ContentTypeDefinition definition, ClaimsPrincipal user, EditorPageRequest request)
    {
        var sections = await pipeline.BuildAsync(item, definition, request.Form, request.Errors);
        var live = request.IsNew ? null : item.Published ? item : await contents.GetAsync(item.ContentItemId, VersionOptions.Published);
        var published = live is not null;
        var mayPublish = await authorization.AuthorizeAsync(user, ContentPermissions.PublishOwn(definition.Name), item);
        // Where a workflow governs publishing it also offers the Unpublish step (logged, notified): one button, not two.
        var publishesDirectly = await publishing.PublishesDirectlyAsync(definition.Name);
        var panelInputs = request.Vetoes?.Vetoes.Select(v => v.Member).ToHashSet(StringComparer.Ordinal);
        return new EditorPageModel
        {
            Item = item,
            Type = definition,
            IsNew = request.IsNew,
            FormAction = request.IsNew ? $"/admin/contents/create/{Uri.EscapeDataString(definition.Name)}" : $"/admin/contents/{Uri.EscapeDataString(item.ContentItemId)}/edit",
            Sections = sections,
            Summary = ContentEditorPipeline.Summarize(request.Errors, sections, panelInputs),
            Conflict = request.Conflict,
            ConflictHeading = request.ConflictHeading ?? EditorPageModel.EditConflictHeading,
            Error = request.Error,
            VersionId = request.Version?.Id ?? item.ContentItemVersionId,
            VersionStamp = request.Version?.Stamp ?? item.VersionStamp,
            HasPublishedVersion = published,
            PublishedPath = live?.GetPartJson("AutoroutePart")?["Path"] is { } path && path.GetValueKind() == System.Text.Json.JsonValueKind.String ? path.GetValue<string>() : null,
            CanPublish = mayPublish && publishesDirectly,
            CanUnpublish = published && mayPublish && publishesDirectly,
            CanDelete = !request.IsNew && await authorization.AuthorizeAsync(user, ContentPermissions.DeleteOwn(definition.Name), item),
            Panels = await contributors.BuildPanelsAsync(new EditorPanelContext(item, definition, user) { IsNew = request.IsNew, Form = request.PanelForm ?? request.Form }),
        };
    }

    /// <summary>
    /// The page a step that lost a race answers with (409): the item as it stands now, the step's
    /// inputs the user typed (their comment) kept, and the message saying who acted and that
    /// nothing of theirs was lost.
    /// </summary>
    public Task<EditorPageModel> StepConflictAsync(ContentItem current, ContentTypeDefinition definition, ClaimsPrincipal user, IFormCollection? panelForm, string message) =>
        BuildAsync(current, definition, user, new EditorPageRequest
        {
            PanelForm = panelForm,
            Conflict = message,
            ConflictHeading = EditorPageModel.StepConflictHeading,
        });
}
