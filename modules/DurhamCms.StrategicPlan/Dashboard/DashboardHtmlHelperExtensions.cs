using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.StrategicPlan.Dashboard;

public static class DashboardHtmlHelperExtensions
{
    /// <summary>
    /// Renders a field's partial when a module provides it, nothing otherwise: a page must not fail
    /// because a field type's view is missing. (The Contents module has the same helper; this
    /// module does not reference Contents.)
    /// </summary>
    public static async Task<IHtmlContent> OptionalPartialAsync(this IHtmlHelper html, string name, object model)
    {
        var engine = html.ViewContext.HttpContext.RequestServices.GetRequiredService<ICompositeViewEngine>();
        return engine.FindView(html.ViewContext, name, isMainPage: false).Success
            ? await html.PartialAsync(name, model)
            : HtmlString.Empty;
    }
}
