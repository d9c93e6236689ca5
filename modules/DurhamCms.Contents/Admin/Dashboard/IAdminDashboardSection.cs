using System.Security.Claims;

namespace DurhamCms.Contents.Admin.Dashboard;

/// <summary>What a section is built for: the user, how many lines a section shows, and the types' display names.</summary>
public sealed record DashboardContext(ClaimsPrincipal User, int Take, Func<string, string> TypeLabel);

/// <summary>
/// A section a module adds to the admin dashboard (<c>/admin</c>), e.g. a workflow's "Waiting for
/// my review". The dashboard's own are My drafts (order 0), Recently published (20) and Stale content (30).
/// </summary>
public interface IAdminDashboardSection
{
    /// <summary>Null when the section does not apply to this user or site.</summary>
    Task<DashboardSection?> BuildAsync(DashboardContext context);
}
