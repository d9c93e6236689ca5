using DurhamCms.Modules;

namespace DurhamCms.Recipes;

/// <summary>
/// What becomes of Orchard Core's common feature ids here, beyond the ids our modules declare in
/// their manifests (<see cref="ModuleStartup.OrchardFeatures"/>): those the kernel or a theme always
/// provides, and those DurhamCms does not have, each with the reason a recipe's author is told.
/// An id in neither list, declared by no running module, is unknown.
/// </summary>
public static class OrchardFeatureMap
{
    /// <summary>Provided whatever modules run: by the kernel, the admin theme or the dashboard theme.</summary>
    public static readonly IReadOnlyDictionary<string, string> Built = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["OrchardCore.Admin"] = "the kernel's admin (/admin)",
        ["OrchardCore.Themes"] = "the kernel's Themes step",
        ["OrchardCore.Features"] = "the kernel's Feature step",
        ["OrchardCore.Recipes"] = "the kernel's recipes",
        ["OrchardCore.Settings"] = "the kernel's site settings",
        ["OrchardCore.Deployment"] = "the kernel's export",
        ["OrchardCore.Resources"] = "the themes' own styles and scripts",
        ["OrchardCore.Security"] = "the kernel's security headers",
        ["OrchardCore.Diagnostics"] = "the kernel's error pages (/error/{code})",
        ["OrchardCore.Scripting"] = "the kernel's sandboxed recipe expressions ([js: ...])",
        ["TheAdmin"] = "DurhamCms.Themes.Admin",
        ["TheTheme"] = "DurhamCms.Themes.Dashboard",
    };

    /// <summary>Orchard features DurhamCms has no counterpart for, with what to expect instead.</summary>
    public static readonly IReadOnlyDictionary<string, string> Unavailable = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["OrchardCore.Menu"] = "no content menus; the public navigation is the theme's",
        ["OrchardCore.Navigation"] = "no content menus; the public navigation is the theme's",
        ["OrchardCore.Workflows"] = "no workflow engine (WorkflowType); DurhamCms.Workflows is an editorial review workflow",
        ["OrchardCore.Workflows.Http"] = "no workflow engine (WorkflowType)",
        ["OrchardCore.Layers"] = "no layers or widgets",
        ["OrchardCore.Widgets"] = "no layers or widgets",
        ["OrchardCore.Flows"] = "BagPart and FlowPart are stored as given, not edited or displayed",
        ["OrchardCore.Taxonomies"] = "no taxonomies",
        ["OrchardCore.Placements"] = "views are chosen by name, not by placement rules",
        ["OrchardCore.CustomSettings"] = "no custom settings types",
        ["OrchardCore.Rules"] = "no display rules",
        ["OrchardCore.Forms"] = "no forms",
        ["OrchardCore.HomeRoute"] = "the home page is the theme's dashboard",
        ["OrchardCore.Feeds"] = "the plan's own Atom feed only",
        ["OrchardCore.OpenId"] = "cookie sign-in only",
        ["OrchardCore.Tenants"] = "one site per host",
        ["OrchardCore.Users.Registration"] = "accounts are created by administrators",
        ["OrchardCore.Shortcodes.Templates"] = "no shortcodes",
        ["OrchardCore.ReCaptcha"] = "no captcha",
        ["OrchardCore.DynamicCache"] = "output caching is the kernel's, by tag, not configurable",
        ["OrchardCore.ArchiveLater"] = "no scheduled unpublishing",
        ["OrchardCore.AdminDashboard"] = "the admin dashboard is DurhamCms's own, without widgets",
        ["OrchardCore.ContentFields.Indexing.SQL"] = "fields are indexed by the Search module only",
        ["OrchardCore.ContentFields.Indexing.SQL.UserPicker"] = "fields are indexed by the Search module only",
        ["OrchardCore.Deployment.Remote"] = "export and import through the command line only",
        ["OrchardCore.ContentPreview"] = "versions are previewed from their history page, not live while editing",
        ["SafeMode"] = "no fallback theme",
        ["TheBlogTheme"] = "Orchard's theme; the site theme is DurhamCms.Themes.Dashboard",
        ["TheAgencyTheme"] = "Orchard's theme; the site theme is DurhamCms.Themes.Dashboard",
        ["TheComingSoonTheme"] = "Orchard's theme; the site theme is DurhamCms.Themes.Dashboard",
    };

    /// <summary>
    /// What <paramref name="feature"/> is in a host running <paramref name="catalog"/>: provided
    /// (by a running module, the kernel or a theme), unavailable with its reason, or unknown.
    /// </summary>
    public static FeatureAvailability Find(ModuleCatalog catalog, string feature, out string? reason)
    {
        reason = null;
        if (catalog.IsKnownFeature(feature) || Built.ContainsKey(feature))
        {
            return FeatureAvailability.Provided;
        }

        return Unavailable.TryGetValue(feature, out reason) ? FeatureAvailability.Unavailable : FeatureAvailability.Unknown;
    }
}

public enum FeatureAvailability
{
    Provided,
    Unavailable,
    Unknown,
}
