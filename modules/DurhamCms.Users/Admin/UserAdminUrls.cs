namespace DurhamCms.Users.Admin;

/// <summary>The user admin's URLs (the admin URL contract), in one place for controllers, views and the menu.</summary>
public static class UserAdminUrls
{
    public const string List = "/admin/users";
    public const string Create = "/admin/users/create";
    public const string ChangeOwnPassword = "/admin/account/password";

    public static string Edit(string id) => $"/admin/users/{Uri.EscapeDataString(id)}/edit";

    public static string Disable(string id) => $"/admin/users/{Uri.EscapeDataString(id)}/disable";

    public static string Enable(string id) => $"/admin/users/{Uri.EscapeDataString(id)}/enable";

    public static string ResetPassword(string id) => $"/admin/users/{Uri.EscapeDataString(id)}/password";
}
