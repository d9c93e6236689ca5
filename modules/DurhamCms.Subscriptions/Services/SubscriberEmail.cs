using System.Net.Mail;
using DurhamCms.Subscriptions.Models;

namespace DurhamCms.Subscriptions.Services;

/// <summary>The one place an address typed into the form is checked and normalized.</summary>
public static class SubscriberEmail
{
    /// <summary>Trimmed and lower-cased: "Ana@Example.org " and "ana@example.org" are one subscriber.</summary>
    public static string Normalize(string email) => email.Trim().ToLowerInvariant();

    /// <summary>True for a single plain address ("ana@example.org"), not a display name or a list.</summary>
    public static bool IsValid(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return false;
        }

        var trimmed = email.Trim();
        if (trimmed.Length > SubscriptionLimits.EmailLength || trimmed.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is ',' or ';' or '<' or '>'))
        {
            return false;
        }

        return MailAddress.TryCreate(trimmed, out var address)
            && string.Equals(address.Address, trimmed, StringComparison.Ordinal)
            && address.Host.Contains('.', StringComparison.Ordinal);
    }
}
