using DurhamCms.Security;

namespace DurhamCms.Admin;

/// <summary>One link of the admin's navigation, shown to users holding its permission.</summary>
public sealed record AdminMenuItem(string Label, string Url, Permission Permission, int Order = 0);

/// <summary>What a module adds to the admin's navigation.</summary>
public interface IAdminMenuProvider
{
    IEnumerable<AdminMenuItem> GetItems();
}
