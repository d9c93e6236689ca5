using DurhamCms.Admin;

namespace DurhamCms.Search.Controllers;

/// <summary>The admin's link to the index page, for users who may manage indexes.</summary>
internal sealed class SearchAdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() => [new("Search indexes", "/admin/search", Permissions.ManageIndexes, 80)];
}
