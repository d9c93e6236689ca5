namespace DurhamCms.AuditTrail.Models;

/// <summary>
/// One row of the audit trail. Written once and never changed: the properties are init-only and
/// <see cref="Services.AppendOnlyAuditInterceptor"/> refuses any update or delete of the table.
/// </summary>
public sealed class AuditTrailEvent
{
    public const int NameLength = 64;
    public const int IdLength = 26;
    public const int UserLength = 256;
    public const int AddressLength = 64;
    public const int TypeLength = 255;
    public const int DisplayTextLength = 1024;

    public long Id { get; init; }

    /// <summary>"Content", "User", "Workflow"...: what kind of thing the event is about.</summary>
    public string Category { get; init; } = "";

    /// <summary>What happened: "Created", "Published", "SignedIn"...</summary>
    public string Name { get; init; } = "";

    public string? UserName { get; init; }
    public string? UserId { get; init; }
    public DateTime CreatedUtc { get; init; }

    /// <summary>The request's remote address (rewritten by forwarded-headers middleware only where the host configures it).</summary>
    public string? ClientAddress { get; init; }

    public string? ContentItemId { get; init; }
    public string? ContentItemVersionId { get; init; }
    public string? ContentType { get; init; }
    public string? DisplayText { get; init; }
    public string? Comment { get; init; }
    public string? Details { get; init; }
}
