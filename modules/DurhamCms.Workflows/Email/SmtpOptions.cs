namespace DurhamCms.Workflows.Email;

/// <summary>The "DurhamCms:Smtp" configuration section. No Host: email is off (in-app notifications still go).</summary>
public sealed class SmtpOptions
{
    public const string Section = "DurhamCms:Smtp";

    /// <summary>The mail server's name or address; empty turns email off.</summary>
    public string? Host { get; set; }

    /// <summary>Default 25; 587 for StartTls submission, 465 for SslOnConnect.</summary>
    public int Port { get; set; } = 25;

    /// <summary>The sender address, e.g. "Strategic Plan Dashboard &lt;noreply@durhamnc.gov&gt;".</summary>
    public string From { get; set; } = "noreply@localhost";

    /// <summary>Sign-in to the server, when it asks for one.</summary>
    public string? UserName { get; set; }
    public string? Password { get; set; }

    /// <summary>"None", "StartTls" (default when the server offers it: "Auto") or "SslOnConnect".</summary>
    public string Security { get; set; } = "Auto";

    /// <summary>The public address of the site, for links in emails (falls back to DurhamCms:PublicBaseUrl).</summary>
    public string? LinkBaseUrl { get; set; }

    /// <summary>Attempts per message before it is given up (kept in the outbox for the record).</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure; each further failure doubles it (capped at an hour).</summary>
    public double RetryBaseSeconds { get; set; } = 30;

    /// <summary>How often the outbox is looked at when nothing wakes it.</summary>
    public double PollSeconds { get; set; } = 30;

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}
