using DurhamCms.Admin;
using DurhamCms.Security;

namespace DurhamCms.Contents.Admin.List;

public sealed class ContentsAdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Dashboard", ContentListUrls.Dashboard, StandardPermissions.AccessAdminPanel, Order: 0),
        new("Content", ContentListUrls.List, ContentPermissions.ListContent, Order: 10),
    ];
}
