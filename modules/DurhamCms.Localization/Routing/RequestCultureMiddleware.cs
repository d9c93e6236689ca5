using System.Globalization;
using DurhamCms.Display;
using DurhamCms.Localization.Services;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace DurhamCms.Localization.Routing;

/// <summary>
/// The request's culture comes from its path only: "/es/…" is read in es-US, everything else in the
/// default culture. Accept-Language never changes what a URL shows (a shared link, a search engine
/// and a cache must all see one page per URL); the home page only suggests the other language.
/// An error page ("/error/404", re-executed) is read in the culture of the path that failed.
/// </summary>
public sealed class RequestCultureMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ContentCultures cultures)
    {
        var site = await cultures.GetAsync();
        var path = context.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? context.Features.Get<IExceptionHandlerPathFeature>()?.Path
            ?? context.Request.Path.Value;
        var culture = CulturePrefix.LanguageOf(path) is { } language && site.FindByLanguage(language) is { } found && !site.IsDefault(found)
            ? found
            : site.DefaultCulture;
        var info = CultureInfo.GetCultureInfo(culture);
        CultureInfo.CurrentCulture = info;
        CultureInfo.CurrentUICulture = info;
        PublicPaths.SetPrefix(context, CulturePrefix.For(culture, site.DefaultCulture));
        await next(context);
    }
}
