namespace DurhamCms.Parts.Settings;

public sealed class AutoroutePartSettings
{
    /// <summary>Editors may type their own path; otherwise it is generated from <see cref="Pattern"/> on every save.</summary>
    public bool AllowCustomPath { get; set; }

    /// <summary>A Liquid pattern, e.g. <c>initiatives/{{ Model.ContentItem | display_text | slugify }}</c>.</summary>
    public string? Pattern { get; set; }

    public bool ShowHomepageOption { get; set; }
    public bool AllowUpdatePath { get; set; }
    public bool AllowDisabled { get; set; }
    public bool AllowRouteContainedItems { get; set; }
    public bool ManageContainedItemRoutes { get; set; }
    public bool AllowAbsolutePath { get; set; }
}
