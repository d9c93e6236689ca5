using System.Globalization;
using DurhamCms.Localization.Services;
using Microsoft.AspNetCore.Http;

namespace DurhamCms.Localization.Routing;

/// <summary>
/// The request's culture comes from its path only: "/es/…" is read in es-US, everything else in the
/// default culture. Accept-Language never changes what a URL shows (a shared link, a search engine
/// and a cache must all see one page per URL); the home page only suggests the other language.
/// </summary>
public sealed class RequestCultureMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ContentCultures cultures)
    {
        var site = await cultures.GetAsync();
        var culture = CulturePrefix.LanguageOf(context.Request.Path.Value) is { } language && site.FindByLanguage(language) is { } found && !site.IsDefault(found)
            ? found
            : site.DefaultCulture;
        var info = CultureInfo.GetCultureInfo(culture);
        CultureInfo.CurrentCulture = info;
        CultureInfo.CurrentUICulture = info;
        await next(context);
    }
}
