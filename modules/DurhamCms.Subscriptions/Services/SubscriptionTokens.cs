using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DurhamCms.Subscriptions.Models;
using Microsoft.AspNetCore.DataProtection;

namespace DurhamCms.Subscriptions.Services;

/// <summary>
/// The two kinds of token in a subscriber's links.
/// <list type="bullet">
/// <item>The confirmation token: 32 random bytes, base64url. Only its SHA-256 is stored
/// (<see cref="SubscriptionRecord.TokenHash"/>), so a copy of the database cannot confirm anyone.
/// It is mailed once, at sign-up.</item>
/// <item>The link token (manage, unsubscribe): the subscription's id and address protected by
/// ASP.NET Data Protection (purpose "DurhamCms.Subscriptions"). Every email, at any time, on any
/// node, can carry one without the database holding a secret: the key ring is already shared by
/// the nodes (it signs sign-in and antiforgery cookies). Keys retire but stay readable, so old
/// links keep working; a link is worth only what it names, and an unsubscribed id names nothing.</item>
/// </list>
/// </summary>
public sealed class SubscriptionTokens(IDataProtectionProvider dataProtection)
{
    public const string Purpose = "DurhamCms.Subscriptions";

    private readonly IDataProtector _links = dataProtection.CreateProtector(Purpose);

    /// <summary>A fresh confirmation token and the hash to store.</summary>
    public static (string Token, string Hash) NewConfirmToken()
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    public static string Hash(string token) => Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>True when <paramref name="token"/> could be a confirmation token at all; spares the database anything else.</summary>
    public static bool LooksLikeConfirmToken(string? token) => token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public string LinkToken(SubscriptionRecord subscription) =>
        _links.Protect(string.Create(CultureInfo.InvariantCulture, $"{subscription.Id}|{subscription.Email}"));

    /// <summary>The subscription id and address a link token names, or false when it was altered, truncated or made with another key ring.</summary>
    public bool TryReadLinkToken(string? token, out long subscriptionId, out string email)
    {
        subscriptionId = 0;
        email = "";
        if (string.IsNullOrWhiteSpace(token) || token.Length > 1024)
        {
            return false;
        }

        string payload;
        try
        {
            payload = _links.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return false;
        }

        var bar = payload.IndexOf('|', StringComparison.Ordinal);
        if (bar <= 0 || !long.TryParse(payload.AsSpan(0, bar), NumberStyles.None, CultureInfo.InvariantCulture, out subscriptionId))
        {
            return false;
        }

        email = payload[(bar + 1)..];
        return email.Length > 0;
    }
}
