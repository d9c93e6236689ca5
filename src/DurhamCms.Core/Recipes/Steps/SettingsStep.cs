using DurhamCms.Documents;

namespace DurhamCms.Recipes.Steps;

/// <summary>
/// Orchard's "Settings" step: each property but <c>name</c> is a settings group (HomeRoute,
/// LayerSettings...) that replaces the stored group of that name; other groups are kept.
/// </summary>
internal sealed class SettingsStep(ISiteSettings siteSettings) : IRecipeStepHandler
{
    public IReadOnlyCollection<string> StepNames { get; } = ["Settings"];

    public Task ExecuteAsync(RecipeStepContext context) =>
        siteSettings.UpdateAsync(settings =>
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
