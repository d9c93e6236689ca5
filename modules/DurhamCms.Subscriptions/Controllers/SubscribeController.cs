using System.Globalization;
using DurhamCms.Display;
using DurhamCms.Subscriptions.Models;
using DurhamCms.Subscriptions.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace DurhamCms.Subscriptions.Controllers;

/// <summary>
/// /subscribe ("/es/subscribe" in Spanish): the sign-up form. The plan's pages are output-cached
/// and cannot hold a visitor's antiforgery token, so they only link here; this page is never
/// cached. Whatever the address, a valid sign-up answers the same "check your email".
/// </summary>
public sealed class SubscribeController(SubscriptionTargets targets, SubscriptionSignUp signUp, SubscribeThrottle throttle, IStringLocalizer<SubscribeController> T) : Controller
{
    /// <summary>Well above any honest form (an address is at most 254 characters).</summary>
    private const int MaxFormBytes = 8 * 1024;

    [HttpGet("/subscribe")]
    [HttpGet("/es/subscribe")]
    public async Task<IActionResult> Index(string? scope, string? id)
    {
        Response.Headers.CacheControl = "no-store";
        var target = await targets.FindAsync(scope ?? SubscriptionScopes.Plan, id);
        return target is null
            ? NotAvailable()
            : View(new SubscribeForm { Scope = target.Scope, Id = target.ContentItemId is null ? null : id, Title = target.Title, Frequency = SubscriptionFrequencies.Immediate });
    }

    [HttpPost("/subscribe")]
    [HttpPost("/es/subscribe")]
    [RequestSizeLimit(MaxFormBytes)]
    public async Task<IActionResult> Index([FromForm] SubscribeForm form)
    {
        Response.Headers.CacheControl = "no-store";
        if (throttle.CheckClient(HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown") is { } clientWait)
        {
            return TooMany(form, clientWait);
        }

        var target = await targets.FindAsync(form.Scope, form.Id);
        if (target is null)
        {
            return NotAvailable();
        }

        form = form with { Title = target.Title };
        var frequency = SubscriptionFrequencies.Parse(form.Frequency);
        var problem = !SubscriberEmail.IsValid(form.Email) ? T["Enter your email address, like name@example.com (at most {0} characters).", SubscriptionLimits.EmailLength].Value
            : frequency is null ? T["Choose how often to get email: for each update, or once a day."].Value
            : null;
        if (problem is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(form with { Problem = problem });
        }

        var email = SubscriberEmail.Normalize(form.Email!);
        if (throttle.CheckEmail(email) is { } emailWait)
        {
            return TooMany(form, emailWait);
        }

        await signUp.SubscribeAsync(email, target, frequency!, SubscriptionCultures.For(CultureInfo.CurrentUICulture.Name), HttpContext.RequestAborted);
        return SeeOther(PublicPaths.For(HttpContext, "/subscribe/sent"));
    }

    [HttpGet("/subscribe/sent")]
    [HttpGet("/es/subscribe/sent")]
    public IActionResult Sent() => View();

    private ViewResult TooMany(SubscribeForm form, TimeSpan wait)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return View("Index", form with { Problem = T["Too many sign-ups. Wait {0} minutes, then try again.", minutes].Value });
    }

    private ViewResult NotAvailable()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("SubscriberProblem", new SubscriberProblem(T["Email updates are not available for this page"].Value, T["The page you came from may have been removed. You can still get email updates about the whole plan."].Value, PlanLink: true));
    }

    /// <summary>303 See Other: the browser GETs the confirmation page, so a refresh does not post again.</summary>
    private StatusCodeResult SeeOther(string path)
    {
        Response.Headers.Location = path;
        return StatusCode(StatusCodes.Status303SeeOther);
    }
}

/// <summary>A subscriber page's refusal: what went wrong and what to do.</summary>
public sealed record SubscriberProblem(string Title, string Message, bool PlanLink = false);
