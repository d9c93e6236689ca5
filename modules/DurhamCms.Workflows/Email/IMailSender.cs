using DurhamCms.Workflows.Models;

namespace DurhamCms.Workflows.Email;

/// <summary>Hands one message to the mail server; throws when it could not.</summary>
public interface IMailSender
{
    Task SendAsync(OutboxMessageRecord message, CancellationToken cancellationToken);
}
