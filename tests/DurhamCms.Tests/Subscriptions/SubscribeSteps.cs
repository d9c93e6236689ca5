using System.Net;
using System.Text.RegularExpressions;
using DurhamCms.Data;
using DurhamCms.StrategicPlan.Indexes;
using DurhamCms.Subscriptions.Models;
using DurhamCms.Subscriptions.Services;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Workflows.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Subscriptions;

/// <summary>What a resident does to sign up, and what the tests read back (rows, queued emails, links).</summary>
public static partial class SubscribeSteps
{
    /// <summary>
    /// Email on, towards a port where nothing listens (9, discard): sign-up emails wait in the
    /// outbox for the test to read, as every email goes through it only when email is on.
    /// </summary>
    public static Dictionary<string, string?> EmailOn(Dictionary<string, string?>? settings = null)
    {
        settings ??= [];
        settings["DurhamCms:Smtp:Host"] = "127.0.0.1";
        settings["DurhamCms:Smtp:Port"] = "9";
        return settings;
    }

    /// <summary>Opens the sign-up page as a plan page links to it, and posts the form with the page's antiforgery token.</summary>
    public static Task<HttpResponseMessage> SubscribeAsync(this SiteClient client, string email, string scope = "Plan", string? id = null, string frequency = "Immediate", string prefix = "") =>
        client.PostFormAsync(
            $"{prefix}/subscribe?scope={scope}" + (id is null ? "" : "&id=" + id),
            [new("Email", email), new("Frequency", frequency), new("Scope", scope), new("Id", id ?? "")],
            postUrl: prefix + "/subscribe");

    public static Task<List<SubscriptionRecord>> SubscriptionsAsync(this TestSite site, string email) =>
        site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<SubscriptionRecord>().AsNoTracking().Where(s => s.Email == email).OrderBy(s => s.Id).ToListAsync());

    public static Task<List<OutboxMessageRecord>> MailToAsync(this TestSite site, string email) =>
        site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<OutboxMessageRecord>().AsNoTracking().Where(m => m.To == email).OrderBy(m => m.Id).ToListAsync());

    /// <summary>The seeded initiative 3.11 (English item).</summary>
    public static Task<string> Initiative311Async(this TestSite site) =>
        site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<InitiativeIndex>().Where(x => x.Number == "3.11" && x.Published).Select(x => x.ContentItemId).SingleAsync());

    /// <summary>The path and query of the confirmation link in an email ("/subscriptions/confirm?token=…").</summary>
    public static string ConfirmLink(OutboxMessageRecord mail) => LinkIn(mail, ConfirmPattern());

    public static string ManageLink(OutboxMessageRecord mail) => LinkIn(mail, ManagePattern());

    /// <summary>
    /// A link as the sender builds it for an email, from the row alone, as if during a request to
    /// the site (a site with no public address links nothing outside one).
    /// </summary>
    public static Task<string> LinkForAsync(this TestSite site, SubscriptionRecord subscription, Func<SubscriptionLinks, SubscriptionRecord, string> link) =>
        site.InScopeAsync(sp =>
        {
            var request = new DefaultHttpContext();
            request.Request.Scheme = "http";
            request.Request.Host = new HostString("localhost");
            var accessor = sp.GetRequiredService<IHttpContextAccessor>();
            accessor.HttpContext = request;
            try
            {
                return Task.FromResult(PathAndQuery(link(sp.GetRequiredService<SubscriptionLinks>(), subscription)));
            }
            finally
            {
                accessor.HttpContext = null;
            }
        });

    /// <summary>Confirms through the page: GET shows a button, its form POSTs with the antiforgery token.</summary>
    public static async Task<HttpResponseMessage> ConfirmAsync(this SiteClient client, string confirmLink) =>
        await client.PostFormAsync(confirmLink, []);

    public static async Task<SubscriptionRecord> SubscribeAndConfirmAsync(this TestSite site, SiteClient client, string email, string scope = "Plan", string? id = null, string frequency = "Immediate")
    {
        using (var posted = await client.SubscribeAsync(email, scope, id, frequency))
        {
            Assert.Equal(HttpStatusCode.SeeOther, posted.StatusCode);
        }

        using (var confirmed = await client.ConfirmAsync(ConfirmLink((await site.MailToAsync(email))[^1])))
        {
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        }

        return (await site.SubscriptionsAsync(email)).Single(s => s.Scope == scope);
    }

    private static string LinkIn(OutboxMessageRecord mail, Regex pattern)
    {
        var match = pattern.Match(mail.TextBody);
        Assert.True(match.Success, $"no link in the email: {mail.TextBody}");
        return PathAndQuery(match.Value);
    }

    private static string PathAndQuery(string url) => new Uri(url, UriKind.Absolute).PathAndQuery;

    [GeneratedRegex(@"https?://\S+/subscriptions/confirm\?token=\S+")]
    private static partial Regex ConfirmPattern();

    [GeneratedRegex(@"https?://\S+/subscriptions/manage\?token=\S+")]
    private static partial Regex ManagePattern();
}
