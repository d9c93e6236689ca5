using System.Security.Claims;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using Microsoft.AspNetCore.Http;

namespace DurhamCms.Contents.Admin.Editors;

/// <summary>
/// A save from the content editor, as its contributors see it: before the save they may veto it
/// (nothing is stored), after it they may take over what the pressed button asked for.
/// </summary>
public sealed class ContentSaveContext(ContentItem item, ContentTypeDefinition type, ClaimsPrincipal user, IFormCollection form)
{
    private readonly List<ContentValidationError> _vetoes = [];

    /// <summary>Before the save: the edited item, not stored yet (a contributor may still change it). After: the stored version.</summary>
    public ContentItem Item { get; internal set; } = item;

    public ContentTypeDefinition Type { get; } = type;
    public ClaimsPrincipal User { get; } = user;
    public IFormCollection Form { get; } = form;
    public bool IsNew { get; init; }

    /// <summary>The pressed button's command: <see cref="EditorFormNames.Save"/>, <see cref="EditorFormNames.Publish"/>, or empty when a contributor's own button was pressed.</summary>
    public string Command => Form[EditorFormNames.Command].ToString();

    /// <summary>Reasons not to save, each filed under the form input it is about.</summary>
    public IReadOnlyList<ContentValidationError> Vetoes => _vetoes;

    /// <summary>Set when a contributor took over the step after the save.</summary>
    public bool Handled { get; private set; }

    /// <summary>What the user is told after a step that was taken.</summary>
    public string? Notice { get; private set; }

    /// <summary>Why the step was not taken; the saved draft is kept and the page shown again with this message.</summary>
    public string? Error { get; private set; }

    /// <summary>Set when the step lost a race with someone else's (before or after the save): the editor answers with its conflict page (409).</summary>
    public string? Conflict { get; private set; }

    /// <summary>Where the browser goes after a step that was taken; the edit page when null.</summary>
    public string? RedirectUrl { get; private set; }

    /// <summary>Before the save: refuse it. <paramref name="inputId"/> is the input the message is about (the summary links to it).</summary>
    public void Veto(string inputId, string message) => _vetoes.Add(new ContentValidationError(inputId, message));

    /// <summary>After the save: the step the user asked for was taken here.</summary>
    public void Done(string notice, string? redirectUrl = null)
    {
        Handled = true;
        Notice = notice;
        RedirectUrl = redirectUrl;
    }

    /// <summary>
    /// Before the save: someone else acted first, so nothing is saved. After it: the saved draft
    /// stays, the step was not taken. Either way the user gets the conflict page with their input.
    /// </summary>
    public void LostRace(string message)
    {
        Handled = true;
        Conflict = message;
    }

    /// <summary>After the save: the step the user asked for belongs here but was refused; say the whole sentence.</summary>
    public void Refuse(string error)
    {
        Handled = true;
        Error = error;
    }
}

/// <summary>
/// A module's say in the content editor's save. Before: read its own inputs and veto a save
/// they make invalid. After (in the same request, once the version is stored): take over the
/// step the pressed button asked for (a workflow step, or the Publish button redirected through
/// a workflow) with <see cref="ContentSaveContext.Done"/> or <see cref="ContentSaveContext.Refuse"/>.
/// The first contributor that takes over ends the round; if none does, Publish publishes
/// through the site's <see cref="Publishing.IContentPublishingPolicy"/> and Save saves a draft.
/// </summary>
public interface IContentSaveContributor
{
    Task BeforeSaveAsync(ContentSaveContext context);

    Task AfterSaveAsync(ContentSaveContext context);
}
