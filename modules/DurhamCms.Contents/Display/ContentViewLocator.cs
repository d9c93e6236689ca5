using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewEngines;

namespace DurhamCms.Contents.Display;

/// <summary>
/// Picks the view for an item, most specific name first ("Initiative.Detail", then
/// "Content.Detail"); for each name a theme's view (Views/Theme/Content) beats a module's (Views/Content).
/// </summary>
public sealed class ContentViewLocator(ICompositeViewEngine viewEngine)
{
    private static readonly string[] Locations = ["/Views/Theme/Content/{0}.cshtml", "/Views/Content/{0}.cshtml"];

    public static IEnumerable<string> CandidateNames(string contentType, string displayType) =>
        [$"{contentType}.{displayType}", $"Content.{displayType}"];

    public string? FindViewPath(ActionContext context, string contentType, string displayType)
    {
        foreach (var name in CandidateNames(contentType, displayType))
        {
            foreach (var location in Locations)
            {
                var path = string.Format(System.Globalization.CultureInfo.InvariantCulture, location, name);
                if (viewEngine.GetView(executingFilePath: null, viewPath: path, isMainPage: true).Success)
                {
                    return path;
                }
            }
        }

        return null;
    }
}
