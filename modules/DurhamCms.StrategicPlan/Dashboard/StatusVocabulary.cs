using DurhamCms.ContentFields.Settings;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.StrategicPlan.Models;

namespace DurhamCms.StrategicPlan.Dashboard;

/// <summary>
/// The statuses residents can filter by, in the order the recipe lists them: the options of the
/// Initiative's Status field, so a site that sets its own vocabulary sees its own words.
/// </summary>
public sealed class StatusVocabulary(IContentDefinitionManager definitions)
{
    public async Task<IReadOnlyList<string>> GetAsync()
    {
        var part = await definitions.GetPartDefinitionAsync(PlanContent.Initiative.Type);
        var field = part?.Fields.FirstOrDefault(f => f.Name == PlanContent.Initiative.Status);
        var options = field?.GetSettings<TextFieldPredefinedListEditorSettings>().Options
            .Select(o => o.Value)
            .Where(v => !string.IsNullOrWhiteSpace(v))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return options is { Count: > 0 } ? options : PlanContent.DefaultStatuses;
    }
}
