using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Display;

public static class DisplayHtmlHelperExtensions
{
    /// <summary>Renders the partial when some module or theme provides it; nothing otherwise.</summary>
    public static async Task<IHtmlContent> OptionalPartialAsync(this IHtmlHelper html, string name, object model)
    {
        var engine = html.ViewContext.HttpContext.RequestServices.GetRequiredService<ICompositeViewEngine>();
        return engine.FindView(html.ViewContext, name, isMainPage: false).Success
            ? await html.PartialAsync(name, model)
            : HtmlString.Empty;
    }
}
