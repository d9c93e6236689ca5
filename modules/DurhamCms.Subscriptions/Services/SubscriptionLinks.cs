using DurhamCms.Display;
using DurhamCms.Subscriptions.Models;
using DurhamCms.Workflows.Email;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace DurhamCms.Subscriptions.Services;

/// <summary>
/// Absolute links for subscribers' emails, in the subscriber's language ("/es/…" for es-US). The
/// base is DurhamCms:Smtp:LinkBaseUrl, else DurhamCms:PublicBaseUrl (as the staff emails'), else,
/// during a request, the request's own scheme and host. Outside a request with neither setting
/// there is no base, and asking for a link throws rather than answer a relative one: a mail client
/// cannot open "/subscriptions/unsubscribe?…", and the outbox refuses it as List-Unsubscribe. Senders
/// that run in the background check <see cref="ConfiguredBase"/> first and hold their emails.
/// </summary>
public sealed class SubscriptionLinks(SubscriptionTokens tokens, IOptions<SmtpOptions> smtp, IConfiguration configuration, IHttpContextAccessor http)
{
    public const string ConfirmPath = "/subscriptions/confirm";
    public const string ManagePath = "/subscriptions/manage";
    public const string UnsubscribePath = "/subscriptions/unsubscribe";

    /// <summary>The setting an operator is told to set when emails wait for a base.</summary>
    public const string PublicBaseUrlKey = "DurhamCms:PublicBaseUrl";

    /// <summary>
    /// The configured base ("https://plan.durhamnc.gov"), or null. Read on each call: the
    /// configuration reloads, so setting it releases held emails at the next sweep without a restart.
    /// </summary>
    public string? ConfiguredBase =>
        (string.IsNullOrWhiteSpace(smtp.Value.LinkBaseUrl) ? configuration[PublicBaseUrlKey] : smtp.Value.LinkBaseUrl) is { } configured && !string.IsNullOrWhiteSpace(configured)
            ? configured.Trim().TrimEnd('/')
            : null;

    /// <summary>The link in the sign-up email; <paramref name="token"/> is the random one, mailed once.</summary>
    public string Confirm(string culture, string token) => Absolute(culture, ConfirmPath, token);

    /// <summary>The page listing every subscription of <paramref name="subscription"/>'s address.</summary>
    public string Manage(SubscriptionRecord subscription) => Absolute(subscription.Culture, ManagePath, tokens.LinkToken(subscription));

    /// <summary>
    /// Ends this one subscription: a GET shows a button, a POST (also RFC 8058's one-click POST,
    /// so this is the List-Unsubscribe header's URL) unsubscribes.
    /// </summary>
    public string Unsubscribe(SubscriptionRecord subscription) => Absolute(subscription.Culture, UnsubscribePath, tokens.LinkToken(subscription));

    /// <summary>A public page's absolute address, for emails ("/initiatives/3-11-…").</summary>
    public string Page(string path) => BaseUrl() + path;

    /// <summary>"" for en-US pages, "/es" for es-US ones.</summary>
    public static string Prefix(string culture) => culture == SubscriptionCultures.Spanish ? "/es" : "";

    private string Absolute(string culture, string path, string token) =>
        BaseUrl() + PublicPaths.For(Prefix(culture), path) + "?token=" + Uri.EscapeDataString(token);

    private string BaseUrl() =>
        ConfiguredBase
        ?? (http.HttpContext?.Request is { } request ? $"{request.Scheme}://{request.Host}{request.PathBase}" : null)
        ?? throw new InvalidOperationException($"A subscriber email's links need the site's public address outside a request: set {PublicBaseUrlKey} (or DurhamCms:Smtp:LinkBaseUrl).");
}
