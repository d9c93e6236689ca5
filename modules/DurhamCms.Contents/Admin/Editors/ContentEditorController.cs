using System.Globalization;
using System.Security.Claims;
using DurhamCms.Admin;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Data;
using DurhamCms.Editors;
using DurhamCms.Publishing;
using DurhamCms.Security;
using DurhamCms.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace DurhamCms.Contents.Admin.Editors;

/// <summary>
/// Create and edit any content type through the editors its definition calls for (publish,
/// unpublish and delete are in <see cref="ContentPublishingController"/>). Every action checks
/// the type's permission on the server, with the item as resource so that the "Own"
/// permissions hold only for the user's own items. Modules add to the page through
/// <see cref="IContentEditorPanel"/> and to the save through <see cref="IContentSaveContributor"/>;
/// Publish goes through the site's <see cref="IContentPublishingPolicy"/>.
/// </summary>
[Admin]
[Route("admin/contents")]
public sealed class ContentEditorController(
    IContentManager contents,
    IContentDefinitionManager definitions,
    ContentEditorPipeline pipeline,
    ContentEditorContributors contributors,
    ContentEditorPages pages,
    IContentPublishingPolicy publishing,
    IAuthorizationService authorization,
    ILocalClock localClock) : Controller
{
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
        var bound = await pipeline.BindAsync(item, definition, form);
        if (IsEditorAction(form))
        {
            return await PageAsync(item, definition, isNew: true, form, []);
        }

        var save = new ContentSaveContext(item, definition, User, form) { IsNew = true };
        if (IsPublish(save) && !await MayAsync(ContentPermissions.PublishOwn(definition.Name), item))
        {
            return Forbid();
        }

        await contributors.BeforeSaveAsync(save);
        var errors = bound.Errors.Concat(save.Vetoes).ToList();
        if (errors.Count > 0)
        {
            return await PageAsync(item, definition, isNew: true, form, errors, vetoes: save);
        }

        var created = await contents.CreateAsync(item, VersionOptions.Draft);
        if (!created.Succeeded)
        {
            return await PageAsync(item, definition, isNew: true, form, created.Errors);
        }

        return await AfterSaveAsync(save, item);
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
        var bound = await pipeline.BindAsync(working, definition, form);
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

        var save = new ContentSaveContext(working, definition, User, form);
        if (IsPublish(save) && !await MayAsync(ContentPermissions.PublishOwn(definition.Name), latest))
        {
            return Forbid();
        }

        await contributors.BeforeSaveAsync(save);
        if (save.Conflict is { } acted)
        {
            return await ConflictPageAsync(working, latest, definition, form, (postedVersion, postedStamp), acted);
        }

        var errors = bound.Errors.Concat(save.Vetoes).ToList();
        if (errors.Count == 0)
        {
            errors.AddRange((await contents.ValidateAsync(working)).Errors);
        }

        if (errors.Count > 0)
        {
            return await PageAsync(working, definition, isNew: false, form, errors, vetoes: save);
        }

        ContentItem saved;
        ContentValidationResult result;
        try
        {
            (saved, result) = await SaveAsync(latest, working, definition);
        }
        catch (Exception ex) when (LostRace.Is(ex))
        {
            var current = await contents.GetAsync(id, VersionOptions.Latest) ?? latest;
            return await ConflictPageAsync(working, current, definition, form, (postedVersion, postedStamp));
        }

        if (!result.Succeeded)
        {
            return await PageAsync(working, definition, isNew: false, form, result.Errors);
        }

        return await AfterSaveAsync(save, saved);
    }

    /// <summary>
    /// Autosave (the editor's script, every 30 s and on leaving a field): the form goes into the
    /// item's current draft, as Save draft would put it, never a new version per call (a published
    /// item gets its one draft, later calls update it). Refused with 409 when the posted version or
    /// stamp is not the latest, so it never overwrites someone else's save; nothing invalid is stored.
    /// </summary>
    [HttpPost("{id}/autosave")]
    public async Task<IActionResult> Autosave(string id)
    {
        if (await LatestAsync(id) is not (var latest, var definition))
        {
            return NotFound();
        }

        if (!await MayAsync(ContentPermissions.EditOwn(definition.Name), latest))
        {
            return Forbid();
        }

        var posted = await Request.ReadFormAsync();
        var fields = posted.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        fields[EditorFormNames.Command] = EditorFormNames.Save;
        var form = new FormCollection(fields);
        var working = latest.Clone();
        var bound = await pipeline.BindAsync(working, definition, form);
        long.TryParse(form[EditorFormNames.VersionStamp], NumberStyles.Integer, CultureInfo.InvariantCulture, out var postedStamp);
        if (form[EditorFormNames.VersionId].ToString() != latest.ContentItemVersionId || postedStamp != latest.VersionStamp)
        {
            return Conflict(new { message = "Not saved automatically: someone else saved this item after you opened it. Nothing of yours was lost; copy your text, reload, and apply it." });
        }

        var save = new ContentSaveContext(working, definition, User, form);
        await contributors.BeforeSaveAsync(save);
        var errors = bound.Errors.Concat(save.Vetoes).ToList();
        if (errors.Count == 0)
        {
            errors.AddRange((await contents.ValidateAsync(working)).Errors);
        }

        if (errors.Count > 0)
        {
            return UnprocessableEntity(new { message = $"Not saved automatically until this is fixed: {errors[0].Message}" });
        }

        try
        {
            var (saved, result) = await SaveAsync(latest, working, definition);
            return result.Succeeded
                ? Ok(new { versionId = saved.ContentItemVersionId, stamp = saved.VersionStamp })
                : UnprocessableEntity(new { message = $"Not saved automatically until this is fixed: {result.Errors[0].Message}" });
        }
        catch (Exception ex) when (LostRace.Is(ex))
        {
            return Conflict(new { message = "Not saved automatically: someone else saved this item at the same moment. Nothing of yours was lost; copy your text, reload, and apply it." });
        }
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

    /// <summary>
    /// After the version is stored: a contributor may take over the step (a workflow's); else
    /// Publish publishes through the site's policy, and Save is done.
    /// </summary>
    private async Task<IActionResult> AfterSaveAsync(ContentSaveContext save, ContentItem saved)
    {
        var definition = save.Type;
        save.Item = saved;
        var name = saved.DisplayText is { Length: > 0 } text ? text : definition.DisplayName;
        await contributors.AfterSaveAsync(save);
        if (save.Handled)
        {
            if (save.Conflict is { } acted)
            {
                return await StepConflictPageAsync(saved, definition, save.Form, $"Your changes were saved as a draft, but the step was not taken. {acted}");
            }

            if (save.Error is { } refused)
            {
                return await CurrentPageAsync(saved, definition, save.Form, refused);
            }

            TempData["Notice"] = save.Notice;
            return save.RedirectUrl is { } url && Url.IsLocalUrl(url) ? LocalRedirect(url) : RedirectToEdit(saved.ContentItemId);
        }

        if (IsPublish(save))
        {
            PublishOutcome outcome;
            try
            {
                outcome = await publishing.PublishAsync(saved, User);
            }
            catch (Exception ex) when (LostRace.Is(ex))
            {
                outcome = PublishOutcome.Conflict("Someone else saved or published this item at the same moment. Nothing of yours was lost: look at the item again, then publish if it still applies.");
            }

            if (outcome.LostRace)
            {
                return await StepConflictPageAsync(saved, definition, save.Form, $"Your changes were saved as a draft, but not published. {outcome.Error}");
            }

            if (!outcome.Succeeded)
            {
                return await CurrentPageAsync(saved, definition, save.Form, $"Your changes were saved as a draft, but not published: {outcome.Error}");
            }

            TempData["Notice"] = $"Published: {name}.";
        }
        else
        {
            TempData["Notice"] = $"Saved as a draft: {name}.";
        }

        return RedirectToEdit(saved.ContentItemId);
    }

    /// <summary>The page again after a refused step: the stored draft, the user's form (their comment), and why.</summary>
    private async Task<ViewResult> CurrentPageAsync(ContentItem saved, ContentTypeDefinition definition, IFormCollection form, string error)
    {
        var current = await contents.GetAsync(saved.ContentItemId, VersionOptions.Latest) ?? saved;
        return await PageAsync(current, definition, isNew: false, form, [], error: error);
    }

    private async Task<IActionResult> ConflictPageAsync(ContentItem working, ContentItem current, ContentTypeDefinition definition, IFormCollection form, (string Id, long Stamp) posted, string? acted = null)
    {
        var when = current.ModifiedUtc is { } modified ? (await localClock.GetTimeZoneAsync()).Stamp(modified) : "a moment ago";
        var message = acted
            ?? $"Someone else{(current.Author is { Length: > 0 } by ? $" ({by})" : "")} saved this item at {when}, after you opened it. Nothing of yours was lost, and nothing was saved. Your text is kept below; copy what you need, reload, and apply it.";
        var page = await PageAsync(working, definition, isNew: false, form, [], conflict: message, version: posted);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return page;
    }

    /// <summary>A step after the save lost a race: the stored draft as it is now, the user's inputs (their comment) kept, 409.</summary>
    private async Task<IActionResult> StepConflictPageAsync(ContentItem saved, ContentTypeDefinition definition, IFormCollection form, string message)
    {
        var current = await contents.GetAsync(saved.ContentItemId, VersionOptions.Latest) ?? saved;
        var model = await pages.StepConflictAsync(current, definition, User, form, message);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View(ContentEditorPages.ViewPath, model);
    }

    private async Task<ViewResult> PageAsync(
        ContentItem item,
        ContentTypeDefinition definition,
        bool isNew,
        IFormCollection? form,
        IReadOnlyList<ContentValidationError> errors,
        string? conflict = null,
        string? error = null,
        (string Id, long Stamp)? version = null,
        ContentSaveContext? vetoes = null)
    {
        var model = await pages.BuildAsync(item, definition, User, new EditorPageRequest
        {
            IsNew = isNew,
            Form = form,
            Errors = errors,
            Conflict = conflict,
            Error = error,
            Version = version,
            Vetoes = vetoes,
        });
        return View(ContentEditorPages.ViewPath, model);
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

    private static bool IsPublish(ContentSaveContext save) => save.Command == EditorFormNames.Publish;

    private static bool IsEditorAction(IFormCollection form) => !string.IsNullOrEmpty(form[EditorContext.ActionName]);

    private LocalRedirectResult RedirectToEdit(string id) => LocalRedirect($"/admin/contents/{Uri.EscapeDataString(id)}/edit");
}
