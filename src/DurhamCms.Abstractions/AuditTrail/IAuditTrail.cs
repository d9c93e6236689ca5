namespace DurhamCms.AuditTrail;

/// <summary>
/// One thing that happened, as the audit trail keeps it. The user and client address are
/// taken from the current request when not given.
/// </summary>
public sealed record AuditEvent(string Category, string Name)
{
    public string? UserName { get; init; }
    public string? ContentItemId { get; init; }
    public string? ContentItemVersionId { get; init; }
    public string? ContentType { get; init; }
    public string? DisplayText { get; init; }
    public string? Comment { get; init; }
    /// <summary>Anything else worth keeping (a scheduled time, the roles before and after).</summary>
    public string? Details { get; init; }
}

/// <summary>
/// Appends to the audit trail, in the current database transaction when one is open, so an
/// event is recorded exactly when the change it describes commits. There is no update or delete.
/// </summary>
public interface IAuditTrail
{
    Task RecordAsync(AuditEvent auditEvent);
}

public static class AuditCategories
{
    public const string Content = "Content";
    public const string User = "User";
}
