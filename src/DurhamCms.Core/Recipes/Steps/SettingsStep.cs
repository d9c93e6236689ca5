using DurhamCms.Documents;
using DurhamCms.Time;

namespace DurhamCms.Recipes.Steps;

/// <summary>
/// Orchard's "Settings" step: each property but <c>name</c> is a settings group (HomeRoute,
/// LayerSettings...) that replaces the stored group of that name; other groups are kept.
/// </summary>
internal sealed class SettingsStep(ISiteSettings siteSettings) : IRecipeStepHandler
{
    public IReadOnlyCollection<string> StepNames { get; } = ["Settings"];

    public Task ExecuteAsync(RecipeStepContext context)
    {
        RefuseUnknownTimeZone(context);
        return siteSettings.UpdateAsync(settings =>
        {
            foreach (var (name, value) in context.Step)
            {
                if (string.Equals(name, "name", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                // The stored document may spell a group's name in another case; keep one copy.
                foreach (var stale in settings.Select(p => p.Key).Where(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase)).ToList())
                {
                    settings.Remove(stale);
                }

                settings[name] = value?.DeepClone();
            }
        });
    }

    /// <summary>Orchard's <c>TimeZoneId</c> must name a zone this machine knows: a typo would otherwise show every time in UTC.</summary>
    private static void RefuseUnknownTimeZone(RecipeStepContext context)
    {
        var setting = context.Step.FirstOrDefault(p => string.Equals(p.Key, LocalClock.SettingName, StringComparison.OrdinalIgnoreCase));
        if (setting.Key is null)
        {
            return;
        }

        var id = setting.Value?.GetValueKind() == System.Text.Json.JsonValueKind.String ? setting.Value.GetValue<string>() : setting.Value?.ToJsonString();
        if (SiteTimeZone.Find(id) is null)
        {
            throw context.Error($"setting '{LocalClock.SettingName}' is '{id}', which is not a time zone; use an IANA name such as 'America/New_York'.");
        }
    }
}
