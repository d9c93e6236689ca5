using System.Globalization;
using System.Security.Claims;
using DurhamCms.Admin;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Editors;
using DurhamCms.Security;
using DurhamCms.Workflows;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Contents.Admin.Editors;

/// <summary>
/// Create and edit any content type through the editors its definition calls for (publish,
/// unpublish and delete are in <see cref="ContentPublishingController"/>). Every action checks
/// the type's permission on the server, with the item as resource so that the "Own"
/// permissions hold only for the user's own items.
/// </summary>
[Admin]
[Route("admin/contents")]
public sealed class ContentEditorController(
    IContentManager contents,
    IContentDefinitionManager definitions,
    ContentEditorPipeline pipeline,
    IAuthorizationService authorization) : Controller
{
    private IEditorialWorkflow? Workflow => HttpContext.RequestServices.GetService<IEditorialWorkflow>();

    [HttpGet("create/{type}")]
    public async Task<IActionResult> Create(string type)
    {
        if (await NewItemAsync(type) is not (var item, var definition))
        {
            return NotFound();
        }

        if (!await MayAsync(ContentPermissions.EditOwn(definition.Name), item))
        {
            return Forbid();
        }

        return await PageAsync(item, definition, isNew: true, form: null, errors: []);
    }

    [HttpPost("create/{type}")]
    public async Task<IActionResult> CreatePost(string type)
    {
        if (await NewItemAsync(type) is not (var item, var definition))
        {
            return NotFound();
        }

        if (!await MayAsync(ContentPermissions.EditOwn(definition.Name), item))
        {
            return Forbid();
        }

        var form = await Request.ReadFormAsync();
        var bound = pipeline.Bind(item, definition, form);
        if (IsEditorAction(form))
        {
            return await PageAsync(item, definition, isNew: true, form, []);
        }

        var intent = EditorIntent.Read(form);
        if (intent.Publish && !await MayAsync(ContentPermissions.PublishOwn(definition.Name), item))
        {
            return Forbid();
        }

        var errors = bound.Errors.Concat(intent.Errors).ToList();
        if (errors.Count > 0)
        {
            return await PageAsync(item, definition, isNew: true, form, errors);
        }

        var created = await contents.CreateAsync(item, VersionOptions.Draft);
        if (!created.Succeeded)
        {
            return await PageAsync(item, definition, isNew: true, form, created.Errors);
        }

        return await AfterSaveAsync(item, definition, intent, form);
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id)
    {
        if (await LatestAsync(id) is not (var item, var definition))
        {
            return NotFound();
        }

        if (!await MayAsync(ContentPermissions.EditOwn(definition.Name), item))
        {
            return Forbid();
        }

        return await PageAsync(item, definition, isNew: false, form: null, errors: []);
    }

    [HttpPost("{id}/edit")]
    public async Task<IActionResult> EditPost(string id)
    {
        if (await LatestAsync(id) is not (var latest, var definition))
        {
            return NotFound();
        }

        if (!await MayAsync(ContentPermissions.EditOwn(definition.Name), latest))
        {
            return Forbid();
        }

        var form = await Request.ReadFormAsync();
        var working = latest.Clone();
        var bound = pipeline.Bind(working, definition, form);
        var postedVersion = form[EditorFormNames.VersionId].ToString();
        long.TryParse(form[EditorFormNames.VersionStamp], NumberStyles.Integer, CultureInfo.InvariantCulture, out var postedStamp);
        if (IsEditorAction(form))
        {
            return await PageAsync(working, definition, isNew: false, form, [], version: (postedVersion, postedStamp));
        }

        if (postedVersion != latest.ContentItemVersionId || postedStamp != latest.VersionStamp)
        {
            return await ConflictPageAsync(working, latest, definition, form, (postedVersion, postedStamp));
        }

        var intent = EditorIntent.Read(form);
        if (intent.Publish && !await MayAsync(ContentPermissions.PublishOwn(definition.Name), latest))
        {
            return Forbid();
        }

        var errors = bound.Errors.Concat(intent.Errors).ToList();
        if (errors.Count == 0)
        {
            errors.AddRange((await contents.ValidateAsync(working)).Errors);
        }

        if (errors.Count > 0)
        {
            return await PageAsync(working, definition, isNew: false, form, errors);
        }

        ContentItem saved;
        ContentValidationResult result;
        try
        {
            (saved, result) = await SaveAsync(latest, working, definition);
        }
        catch (ContentConflictException)
        {
            var current = await contents.GetAsync(id, VersionOptions.Latest) ?? latest;
            return await ConflictPageAsync(working, current, definition, form, (postedVersion, postedStamp));
        }

        if (!result.Succeeded)
        {
            return await PageAsync(working, definition, isNew: false, form, result.Errors);
        }

        return await AfterSaveAsync(saved, definition, intent, form);
    }

    /// <summary>
    /// Stores the edit. A published version of a draftable type stays live: the edit goes into a
    /// draft made from it. Otherwise the latest version is updated, refused if it changed meanwhile.
    /// </summary>
    private async Task<(ContentItem Saved, ContentValidationResult Result)> SaveAsync(ContentItem latest, ContentItem working, ContentTypeDefinition definition)
    {
        if (!latest.Published || !definition.TypeSettings.Draftable)
        {
            return (working, await contents.UpdateAsync(working));
        }

        var draft = await contents.GetAsync(latest.ContentItemId, VersionOptions.DraftRequired) ?? throw new ContentConflictException(latest.ContentItemId, latest.ContentItemVersionId);
        if (draft.ContentItemVersionId == latest.ContentItemVersionId)
        {
            return (working, await contents.UpdateAsync(working));
        }

        foreach (var (name, value) in working.Content)
        {
            draft.Content[name] = value?.DeepClone();
        }

        draft.DisplayText = working.DisplayText;
        return (draft, await contents.UpdateAsync(draft));
    }

    private async Task<IActionResult> AfterSaveAsync(ContentItem saved, ContentTypeDefinition definition, EditorIntent intent, IFormCollection form)
    {
        var name = saved.DisplayText is { Length: > 0 } text ? text : definition.DisplayName;
        if (intent.Publish)
        {
            if (await DirectPublishing.PublishAsync(contents, Workflow, saved, User) is { } refused)
            {
                var current = await contents.GetAsync(saved.ContentItemId, VersionOptions.Latest) ?? saved;
                return await PageAsync(current, definition, isNew: false, form, [], error: $"Your changes were saved as a draft, but not published: {refused}");
            }

            TempData["Notice"] = $"Published: {name}.";
        }
        else if (intent.Transition is { } request && Workflow is { } workflow)
        {
            var outcome = await workflow.ApplyAsync(saved, request, User);
            if (!outcome.Succeeded)
            {
                var current = await contents.GetAsync(saved.ContentItemId, VersionOptions.Latest) ?? saved;
                return await PageAsync(current, definition, isNew: false, form, [], error: $"Your changes were saved as a draft, but the step was not taken: {outcome.Error}");
            }

            TempData["Notice"] = outcome.Status is { } status ? $"Saved: {name}. It is now {status.Label}." : $"Saved: {name}.";
        }
        else
        {
            TempData["Notice"] = $"Saved as a draft: {name}.";
        }

        return RedirectToEdit(saved.ContentItemId);
    }

    private async Task<IActionResult> ConflictPageAsync(ContentItem working, ContentItem current, ContentTypeDefinition definition, IFormCollection form, (string Id, long Stamp) posted)
    {
        var when = current.ModifiedUtc is { } modified ? modified.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC" : "a moment ago";
        var message = $"Someone else saved this item at {when}, after you opened it. Nothing of yours was saved. Your text is kept below; copy what you need, reload, and apply it.";
        var page = await PageAsync(working, definition, isNew: false, form, [], conflict: message, version: posted);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return page;
    }

    private async Task<ViewResult> PageAsync(
        ContentItem item,
        ContentTypeDefinition definition,
        bool isNew,
        IFormCollection? form,
        IReadOnlyList<ContentValidationError> errors,
        string? conflict = null,
        string? error = null,
        (string Id, long Stamp)? version = null)
    {
        var sections = pipeline.Build(item, definition, form, errors);
        var published = !isNew && (item.Published || await contents.GetAsync(item.ContentItemId, VersionOptions.Published) is not null);
        var workflow = Workflow;
        var usesWorkflow = workflow is not null && await workflow.AppliesToAsync(definition.Name);
        var mayPublish = await MayAsync(ContentPermissions.PublishOwn(definition.Name), item);
        var model = new EditorPageModel
        {
            Item = item,
            Type = definition,
            IsNew = isNew,
            FormAction = isNew ? $"/admin/contents/create/{Uri.EscapeDataString(definition.Name)}" : $"/admin/contents/{Uri.EscapeDataString(item.ContentItemId)}/edit",
            Sections = sections,
            Summary = ContentEditorPipeline.Summarize(errors, sections),
            Conflict = conflict,
            Error = error,
            VersionId = version?.Id ?? item.ContentItemVersionId,
            VersionStamp = version?.Stamp ?? item.VersionStamp,
            HasPublishedVersion = published,
            CanPublish = !usesWorkflow && mayPublish,
            CanUnpublish = published && mayPublish,
            CanDelete = !isNew && await MayAsync(ContentPermissions.DeleteOwn(definition.Name), item),
            Status = usesWorkflow && !isNew ? await workflow!.GetStatusAsync(item) : null,
            Transitions = usesWorkflow ? await workflow!.GetTransitionsAsync(item, User) : [],
            TransitionComment = form?[EditorFormNames.TransitionComment].ToString(),
            PublishAtUtc = form?[EditorFormNames.PublishAtUtc].ToString(),
            UnpublishAtUtc = form?[EditorFormNames.UnpublishAtUtc].ToString(),
        };
        return View("~/Views/AdminEditor/Edit.cshtml", model);
    }

    private async Task<(ContentItem, ContentTypeDefinition)?> NewItemAsync(string type)
    {
        if (await definitions.GetTypeDefinitionAsync(type) is not { } definition)
        {
            return null;
        }

        var item = await contents.NewAsync(definition.Name);
        item.Owner = User.FindFirstValue(ClaimTypes.NameIdentifier) ?? User.Identity?.Name;
        item.Author = User.Identity?.Name;
        return (item, definition);
    }

    private async Task<(ContentItem, ContentTypeDefinition)?> LatestAsync(string id)
    {
        if (await contents.GetAsync(id, VersionOptions.Latest) is not { } item
            || await definitions.GetTypeDefinitionAsync(item.ContentType) is not { } definition)
        {
            return null;
        }

        return (item, definition);
    }

    private Task<bool> MayAsync(Permission permission, ContentItem item) => authorization.AuthorizeAsync(User, permission, item);

    private static bool IsEditorAction(IFormCollection form) => !string.IsNullOrEmpty(form[EditorContext.ActionName]);

    private LocalRedirectResult RedirectToEdit(string id) => LocalRedirect($"/admin/contents/{Uri.EscapeDataString(id)}/edit");
}
