using DurhamCms.Admin;
using DurhamCms.Security;

namespace DurhamCms.Users.Admin;

public sealed class UsersAdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Users", UserAdminUrls.List, StandardPermissions.ManageUsers, Order: 80),
        new("My password", UserAdminUrls.ChangeOwnPassword, StandardPermissions.AccessAdminPanel, Order: 90),
    ];
}
