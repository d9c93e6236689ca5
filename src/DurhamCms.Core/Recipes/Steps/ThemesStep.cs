using DurhamCms.Documents;

namespace DurhamCms.Recipes.Steps;

/// <summary>
/// Orchard's "Themes" step: <c>site</c> and <c>admin</c> name the themes to use. This host has one
/// theme of each kind, so Orchard's defaults (TheTheme, TheAdmin) and our own ids map onto them and
/// are recorded; any other theme is warned about and the site keeps ours. Never refused: a theme
/// only changes the look, and the content a recipe brings imports the same under ours.
/// </summary>
internal sealed class ThemesStep(IDocumentStore documents) : IRecipeStepHandler
{
    private static readonly Dictionary<string, string> SiteThemes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["TheTheme"] = ThemesDocument.SiteTheme,
        [ThemesDocument.SiteTheme] = ThemesDocument.SiteTheme,
    };

    private static readonly Dictionary<string, string> AdminThemes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["TheAdmin"] = ThemesDocument.AdminTheme,
        [ThemesDocument.AdminTheme] = ThemesDocument.AdminTheme,
    };

    public IReadOnlyCollection<string> StepNames { get; } = ["Themes"];

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var document = await documents.GetAsync<ThemesDocument>(ThemesDocument.DocumentKey);
        document.Site = Choose(context, "site", SiteThemes, document.Site);
        document.Admin = Choose(context, "admin", AdminThemes, document.Admin);
        await documents.SaveAsync(ThemesDocument.DocumentKey, document);
    }

    private static string Choose(RecipeStepContext context, string property, Dictionary<string, string> themes, string current)
    {
        var node = context.Step.FirstOrDefault(p => string.Equals(p.Key, property, StringComparison.OrdinalIgnoreCase)).Value;
        if (node is null)
        {
            return current;
        }

        var name = node.GetValueKind() == System.Text.Json.JsonValueKind.String ? node.GetValue<string>() : null;
        if (string.IsNullOrWhiteSpace(name))
        {
            throw context.Error($"\"{property}\" must name a theme; {node.ToJsonString()} does not.");
        }

        if (themes.TryGetValue(name, out var ours))
        {
            return ours;
        }

        context.Warn($"the {property} theme '{name}' is not available in DurhamCms; the {property} keeps {current}.");
        return current;
    }
}
