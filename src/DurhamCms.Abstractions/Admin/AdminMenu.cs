using DurhamCms.Security;

namespace DurhamCms.Admin;

/// <summary>One link of the admin's navigation, shown to users holding its permission.</summary>
public sealed record AdminMenuItem(string Label, string Url, Permission Permission, int Order = 0);

/// <summary>What a module adds to the admin's navigation.</summary>
public interface IAdminMenuProvider
{
    IEnumerable<AdminMenuItem> GetItems();
}

/// <summary>
/// A link, or a heading over links, of a stored admin menu (a recipe's AdminMenu step). Shown to
/// users holding any of <see cref="PermissionNames"/> (everyone in the admin when empty).
/// </summary>
public sealed record AdminMenuEntry(string Label, string? Url, IReadOnlyList<string> PermissionNames, IReadOnlyList<AdminMenuEntry> Children);

/// <summary>Admin navigation kept in storage, so read asynchronously; shown after the modules' own links.</summary>
public interface IAdminMenuSource
{
    Task<IReadOnlyList<AdminMenuEntry>> GetEntriesAsync();
}
