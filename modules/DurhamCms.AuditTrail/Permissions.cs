using DurhamCms.Admin;
using DurhamCms.Security;

namespace DurhamCms.AuditTrail;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ViewAuditTrail = new("ViewAuditTrail", "View the audit trail", "Audit Trail") { ImpliedBy = [StandardPermissions.SiteOwner] };

    public Task<IEnumerable<Permission>> GetPermissionsAsync() => Task.FromResult<IEnumerable<Permission>>([ViewAuditTrail]);
}

public sealed class AuditTrailAdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() => [new("Audit trail", AuditUrls.Index, Permissions.ViewAuditTrail, Order: 80)];
}

/// <summary>The audit page and the pages it links to (the Contents module's versions pages).</summary>
public static class AuditUrls
{
    public const string Index = "/admin/audit";

    public static string Versions(string contentItemId) => $"/admin/contents/{Uri.EscapeDataString(contentItemId)}/versions";

    public static string Version(string contentItemId, string versionId) => $"{Versions(contentItemId)}#v-{Uri.EscapeDataString(versionId)}";

    /// <summary>What changed in the version, against the one before it.</summary>
    public static string Changes(string contentItemId, string versionId) =>
        $"/admin/contents/{Uri.EscapeDataString(contentItemId)}/diff?to={Uri.EscapeDataString(versionId)}";
}
