namespace DurhamCms.Recipes;

/// <summary>The "Themes" document: the site and admin themes a recipe chose, as our theme ids.</summary>
public sealed class ThemesDocument
{
    public const string DocumentKey = "Themes";

    public const string SiteTheme = "DurhamCms.Themes.Dashboard";

    public const string AdminTheme = "DurhamCms.Themes.Admin";

    public string Site { get; set; } = SiteTheme;

    public string Admin { get; set; } = AdminTheme;
}
