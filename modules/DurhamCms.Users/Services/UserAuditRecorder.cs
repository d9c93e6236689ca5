using DurhamCms.AuditTrail;

namespace DurhamCms.Users.Services;

/// <summary>Records user events to every audit trail present (none when the AuditTrail module is off).</summary>
public sealed class UserAuditRecorder(IEnumerable<IAuditTrail> trails)
{
    public const string UserCreated = "UserCreated";
    public const string UserDisabled = "UserDisabled";
    public const string UserEnabled = "UserEnabled";
    public const string PasswordReset = "PasswordReset";
    public const string PasswordChanged = "PasswordChanged";
    public const string RolesChanged = "RolesChanged";

    /// <param name="name">The event.</param>
    /// <param name="subject">The user the event is about (the actor comes from the request).</param>
    /// <param name="details">Anything else worth keeping, such as the roles before and after.</param>
    public async Task RecordAsync(string name, string subject, string? details = null)
    {
        foreach (var trail in trails)
        {
            await trail.RecordAsync(new AuditEvent(AuditCategories.User, name)
            {
                DisplayText = subject,
                Details = details is null ? $"User: {subject}" : $"User: {subject}; {details}",
            });
        }
    }
}
