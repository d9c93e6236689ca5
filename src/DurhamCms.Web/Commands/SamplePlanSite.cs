using DurhamCms.ContentFields.Settings;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Data;
using DurhamCms.StrategicPlan.Indexes;
using DurhamCms.StrategicPlan.Models;
using Microsoft.EntityFrameworkCore;
using static DurhamCms.StrategicPlan.Models.PlanContent;

namespace DurhamCms.Web.Commands;

/// <summary>A priority sample initiatives may go under: its id, and the digit their numbers start with.</summary>
public sealed record SamplePriority(string ContentItemId, int Number, string Title);

/// <summary>
/// What a sample plan must fit on the site it is for: the priorities to pick, the initiative
/// numbers already used (the seeded 3.11) and the status vocabulary the recipe set.
/// </summary>
public sealed record SamplePlanSite(IReadOnlyList<SamplePriority> Priorities, IReadOnlySet<string> TakenNumbers, IReadOnlyList<string> Statuses)
{
    public static async Task<SamplePlanSite> ReadAsync(IServiceProvider services)
    {
        var priorities = (await services.GetRequiredService<IContentManager>().ListAsync(Priority.Type, VersionOptions.Latest))
            .Select(p => p.Number(Priority.Number) is { } n && n == decimal.Truncate(n) && n is >= 1 and <= 9
                ? new SamplePriority(p.ContentItemId, (int)n, p.DisplayText ?? "")
                : null)
            .OfType<SamplePriority>()
            .OrderBy(p => p.Number)
            .ToList();

        var taken = await services.GetRequiredService<DurhamDbContext>().Set<InitiativeIndex>().AsNoTracking()
            .Where(x => x.Latest || x.Published)
            .Select(x => x.Number)
            .ToListAsync();

        var definition = await services.GetRequiredService<IContentDefinitionManager>().GetTypeDefinitionAsync(Initiative.Type);
        var statuses = definition?.FindPart(Initiative.Type)?.PartDefinition.Fields
            .FirstOrDefault(f => f.Name == Initiative.Status)?
            .GetSettings<TextFieldPredefinedListEditorSettings>().Options.Select(o => o.Value)
            // A sample initiative has data and updates: it is reported, and an update cannot say it is not.
            .Where(s => s != NotYetReported).ToList();

        return new SamplePlanSite(priorities, taken.ToHashSet(StringComparer.Ordinal), statuses is { Count: > 0 } ? statuses : DefaultStatuses);
    }
}
