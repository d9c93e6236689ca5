using DurhamCms.Admin;
using DurhamCms.Security;

namespace DurhamCms.Media;

/// <summary>Orchard's media permissions: ManageOwnMedia uploads, uses and changes one's own files; ManageMedia changes anyone's.</summary>
public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageMedia = new("ManageMedia", "Manage every file of the media library", "Media")
    {
        ImpliedBy = [StandardPermissions.SiteOwner],
    };

    public static readonly Permission ManageOwnMedia = new("ManageOwnMedia", "Upload and use media, and change one's own files", "Media")
    {
        ImpliedBy = [ManageMedia, StandardPermissions.SiteOwner],
    };

    public Task<IEnumerable<Permission>> GetPermissionsAsync() => Task.FromResult<IEnumerable<Permission>>([ManageMedia, ManageOwnMedia]);
}

public sealed class MediaAdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() => [new("Media library", MediaUrls.Library, Permissions.ManageOwnMedia, Order: 30)];
}

public static class MediaUrls
{
    public const string Library = "/admin/media";
    public const string Upload = "/admin/media/upload";
    public const string Move = "/admin/media/move";
    public const string Delete = "/admin/media/delete";
    public const string Picker = "/admin/media/picker";

    public static string Folder(string folder, string? search = null) =>
        Library + (folder.Length > 0 || !string.IsNullOrEmpty(search) ? "?" : "")
        + (folder.Length > 0 ? "folder=" + Uri.EscapeDataString(folder) : "")
        + (!string.IsNullOrEmpty(search) ? (folder.Length > 0 ? "&" : "") + "q=" + Uri.EscapeDataString(search) : "");
}
