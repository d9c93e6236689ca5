using DurhamCms.Display;
using DurhamCms.Subscriptions.Models;
using DurhamCms.Subscriptions.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DurhamCms.Subscriptions.Controllers;

/// <summary>
/// The pages a subscriber reaches from an email, no account needed: the token in the link is the
/// authentication. Confirm and unsubscribe show a button on GET and act on POST, so a mail
/// scanner that opens every link changes nothing. The unsubscribe POST takes no antiforgery
/// token: it is also RFC 8058's one-click POST, sent by mail clients without a page.
/// </summary>
public sealed class SubscriberPagesController(SubscriptionSignUp signUp, SubscriptionTokens tokens, SubscriptionLinks links, SubscriptionTargets targets, IStringLocalizer<SubscriberPagesController> T) : Controller
{
    [HttpGet(SubscriptionLinks.ConfirmPath)]
    [HttpGet("/es" + SubscriptionLinks.ConfirmPath)]
    public async Task<IActionResult> Confirm(string? token)
    {
        NoStore();
        var outcome = await signUp.CheckAsync(token, HttpContext.RequestAborted);
        return ConfirmPage(outcome, token, null);
    }

    [HttpPost(SubscriptionLinks.ConfirmPath)]
    [HttpPost("/es" + SubscriptionLinks.ConfirmPath)]
    public async Task<IActionResult> ConfirmPost(string? token)
    {
        NoStore();
        var (outcome, subscription) = await signUp.ConfirmAsync(token, HttpContext.RequestAborted);
        return ConfirmPage(outcome, token, subscription is null ? null : links.Manage(subscription));
    }

    [HttpGet(SubscriptionLinks.ManagePath)]
    [HttpGet("/es" + SubscriptionLinks.ManagePath)]
    public async Task<IActionResult> Manage(string? token, string? done)
    {
        NoStore();
        if (!tokens.TryReadLinkToken(token, out _, out var email))
        {
            return BadLink();
        }

        var subscriptions = await signUp.ListAsync(email, HttpContext.RequestAborted);
        return View(new ManagePageModel(token!, subscriptions, await targets.TitlesAsync(subscriptions), done));
    }

    [HttpPost(SubscriptionLinks.ManagePath + "/unsubscribe")]
    [HttpPost("/es" + SubscriptionLinks.ManagePath + "/unsubscribe")]
    public async Task<IActionResult> ManageUnsubscribe(string? token, long id)
    {
        if (!tokens.TryReadLinkToken(token, out _, out var email))
        {
            return BadLink();
        }

        await signUp.UnsubscribeAsync(email, id, HttpContext.RequestAborted);
        return BackToManage(token!, "unsubscribed");
    }

    [HttpPost(SubscriptionLinks.ManagePath + "/frequency")]
    [HttpPost("/es" + SubscriptionLinks.ManagePath + "/frequency")]
    public async Task<IActionResult> ManageFrequency(string? token, long id, string? frequency)
    {
        if (!tokens.TryReadLinkToken(token, out _, out var email))
        {
            return BadLink();
        }

        if (SubscriptionFrequencies.Parse(frequency) is not { } parsed)
        {
            return ProblemPage(StatusCodes.Status400BadRequest, T["That is not a choice of how often"].Value, T["Choose how often to get email: for each update, or once a day."].Value);
        }

        await signUp.ChangeFrequencyAsync(email, id, parsed, HttpContext.RequestAborted);
        return BackToManage(token!, "saved");
    }

    [HttpPost(SubscriptionLinks.ManagePath + "/delete")]
    [HttpPost("/es" + SubscriptionLinks.ManagePath + "/delete")]
    public async Task<IActionResult> DeleteMyData(string? token)
    {
        NoStore();
        if (!tokens.TryReadLinkToken(token, out _, out var email))
        {
            return BadLink();
        }

        await signUp.DeleteEverythingAsync(email, HttpContext.RequestAborted);
        return View("Deleted");
    }

    [HttpGet(SubscriptionLinks.UnsubscribePath)]
    [HttpGet("/es" + SubscriptionLinks.UnsubscribePath)]
    public async Task<IActionResult> Unsubscribe(string? token)
    {
        NoStore();
        if (!tokens.TryReadLinkToken(token, out var id, out var email))
        {
            return BadLink();
        }

        var subscription = (await signUp.ListAsync(email, HttpContext.RequestAborted)).FirstOrDefault(s => s.Id == id);
        var titles = subscription is null ? null : await targets.TitlesAsync([subscription]);
        var title = subscription?.ContentItemId is { } itemId && titles!.TryGetValue(itemId, out var t) ? t : null;
        return View(new UnsubscribePageModel(token!, subscription, title, Done: false, ManageUrl(token!)));
    }

    /// <summary>The page's button and RFC 8058's "List-Unsubscribe=One-Click" POST alike.</summary>
    [HttpPost(SubscriptionLinks.UnsubscribePath)]
    [HttpPost("/es" + SubscriptionLinks.UnsubscribePath)]
    [IgnoreAntiforgeryToken]
    [RequestSizeLimit(4 * 1024)]
    public async Task<IActionResult> UnsubscribePost(string? token)
    {
        NoStore();
        if (!tokens.TryReadLinkToken(token, out var id, out var email))
        {
            return BadLink();
        }

        await signUp.UnsubscribeAsync(email, id, HttpContext.RequestAborted);
        return View("Unsubscribe", new UnsubscribePageModel(token!, null, null, Done: true, ManageUrl(token!)));
    }

    private ViewResult ConfirmPage(ConfirmOutcome outcome, string? token, string? manageUrl)
    {
        Response.StatusCode = outcome switch
        {
            ConfirmOutcome.Expired => StatusCodes.Status410Gone,
            ConfirmOutcome.Unknown => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status200OK,
        };
        return View("Confirm", new ConfirmPageModel(outcome, token ?? "", manageUrl));
    }

    private string ManageUrl(string token) => PublicPaths.For(HttpContext, SubscriptionLinks.ManagePath) + "?token=" + Uri.EscapeDataString(token);

    private RedirectResult BackToManage(string token, string done) => Redirect(ManageUrl(token) + "&done=" + done);

    private ViewResult BadLink() =>
        ProblemPage(StatusCodes.Status404NotFound, T["This link does not work"].Value, T["It may be incomplete: copy the whole link from the email. Or sign up again for email updates."].Value);

    private ViewResult ProblemPage(int status, string title, string message)
    {
        NoStore();
        Response.StatusCode = status;
        return View("SubscriberProblem", new SubscriberProblem(title, message, PlanLink: true));
    }

    private void NoStore() => Response.Headers.CacheControl = "no-store";
}
