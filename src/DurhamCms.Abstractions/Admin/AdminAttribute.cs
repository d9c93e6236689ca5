using Microsoft.AspNetCore.Authorization;

namespace DurhamCms.Admin;

/// <summary>
/// Marks a controller or action as part of the admin: it needs a signed-in user holding
/// AccessAdminPanel (each action still checks its own permission), is served under /admin,
/// renders in the admin theme, and is never cached. The authorization tests enumerate every
/// endpoint carrying this attribute, so a new admin page cannot escape them.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = true)]
public sealed class AdminAttribute : Attribute, IAuthorizeData
{
    public const string PolicyName = "DurhamCms.Admin";

    public string? Policy { get; set; } = PolicyName;

    public string? Roles { get; set; }

    public string? AuthenticationSchemes { get; set; }
}
