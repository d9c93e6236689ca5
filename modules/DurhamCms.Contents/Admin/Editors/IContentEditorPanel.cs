using System.Security.Claims;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using Microsoft.AspNetCore.Http;

namespace DurhamCms.Contents.Admin.Editors;

/// <summary>Where on the edit page a panel shows.</summary>
public enum EditorPanelZone
{
    /// <summary>Under the item's publication line at the top: a state, a schedule, the latest comment.</summary>
    Status,

    /// <summary>Inside the form, after the editors and before the buttons: inputs that travel with a save.</summary>
    Form,

    /// <summary>Beside Save draft (and Publish): buttons that post the form with a command of their own.</summary>
    Buttons,
}

/// <summary>The page a panel is built for. <see cref="Form"/> is the posted form when the page is shown again after a refusal.</summary>
public sealed record EditorPanelContext(ContentItem Item, ContentTypeDefinition Type, ClaimsPrincipal User)
{
    public bool IsNew { get; init; }
    public IFormCollection? Form { get; init; }
}

/// <summary>A partial (by its app-relative path) with its model, rendered in a zone of the edit page.</summary>
public sealed record EditorPanel(EditorPanelZone Zone, string ViewPath, object Model)
{
    /// <summary>Lower first, within a zone.</summary>
    public int Order { get; init; }
}

/// <summary>
/// The actions panel of the content editor: what a module adds to any type's edit page besides
/// the field and part editors (a workflow's state and steps, a publish-later time). What its
/// inputs and buttons post is read back by the module's <see cref="IContentSaveContributor"/>.
/// </summary>
public interface IContentEditorPanel
{
    /// <summary>Nothing (an empty list) when the module has nothing to show for this item and user.</summary>
    Task<IReadOnlyList<EditorPanel>> BuildAsync(EditorPanelContext context);
}
