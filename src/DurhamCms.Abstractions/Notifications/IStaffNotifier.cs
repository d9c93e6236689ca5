using DurhamCms.Users;

namespace DurhamCms.Notifications;

/// <summary>
/// One message to staff: a line in their notifications and, when the site sends email, an email.
/// <see cref="Url"/> is the site-relative page it is about; the email links to it absolutely.
/// </summary>
public sealed record StaffNotice(string Subject, string Message, string Url, string? ContentItemId)
{
    /// <summary>More sentences for the email's body, after the message.</summary>
    public string? Details { get; init; }
}

/// <summary>
/// Tells staff something (a reporting reminder) through the site's notifications and email outbox,
/// which the Workflows module keeps. The rows are added to the caller's unit of work and stored
/// by its SaveChanges, so a notice commits, or not, with what caused it.
/// </summary>
public interface IStaffNotifier
{
    Task AddAsync(IReadOnlyCollection<UserSummary> recipients, StaffNotice notice);
}
