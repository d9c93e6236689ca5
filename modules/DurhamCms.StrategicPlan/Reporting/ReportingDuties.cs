using DurhamCms.ContentManagement;
using DurhamCms.Contents.Admin;
using DurhamCms.Data;
using DurhamCms.StrategicPlan.Indexes;
using DurhamCms.StrategicPlan.Measures;
using DurhamCms.StrategicPlan.Models;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.StrategicPlan.Reporting;

/// <summary>An item someone reports on: a key measure's values, or an initiative's quarterly status updates.</summary>
public sealed record ReportingDuty(
    string ContentItemId,
    string ContentType,
    string Title,
    ReportingFrequency Frequency,
    IReadOnlyList<string> OwnerIds,
    IReadOnlyList<string> ReporterIds)
{
    public bool IsMeasure => ContentType == PlanContent.KeyMeasure.Type;

    /// <summary>What is reported each period, for sentences: "the value", "the status update".</summary>
    public string What => IsMeasure ? "the value" : "the status update";
}

/// <summary>
/// Who reports what, from <see cref="ReportingAssignmentIndex"/> and the latest versions, and
/// which periods each item has reported: a measure's series holds the period, an initiative has a
/// status update for it.
/// </summary>
public sealed class ReportingDuties(DurhamDbContext db, IContentManager contents, IContentNumberSource numbers)
{
    /// <summary>Every assigned item, or only those <paramref name="userId"/> owns or reports.</summary>
    public async Task<IReadOnlyList<ReportingDuty>> ListAsync(string? userId = null)
    {
        var ids = await db.Set<ReportingAssignmentIndex>().AsNoTracking()
            .Where(x => x.Latest && (userId == null || x.UserId == userId))
            .Select(x => x.ContentItemId)
            .Distinct()
            .ToListAsync();
        var items = await contents.GetManyAsync(ids, VersionOptions.Latest);
        var numbered = await numbers.GetLatestNumbersAsync(ids);
        return items
            .Select(i => new ReportingDuty(
                i.ContentItemId,
                i.ContentType,
                Title(i, numbered.GetValueOrDefault(i.ContentItemId)?.Number),
                Frequency(i),
                ReportingPart.OwnerIds(i),
                ReportingPart.ReporterIds(i)))
            .OrderBy(d => d.Title, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The periods (as <see cref="DuePeriod.Key"/>) each item has a value or status update for, in its latest version.</summary>
    public async Task<IReadOnlyDictionary<string, HashSet<string>>> ReportedAsync(IReadOnlyCollection<ReportingDuty> duties, VersionOptions? version = null)
    {
        var published = version == VersionOptions.Published;
        var reported = duties.ToDictionary(d => d.ContentItemId, _ => new HashSet<string>(StringComparer.OrdinalIgnoreCase), StringComparer.Ordinal);
        var measures = await contents.GetManyAsync(duties.Where(d => d.IsMeasure).Select(d => d.ContentItemId), published ? VersionOptions.Published : VersionOptions.Latest);
        foreach (var measure in measures)
        {
            foreach (var point in MeasureSeriesReader.Read(measure, PlanContent.KeyMeasure.Type, PlanContent.KeyMeasure.Series).Points)
            {
                reported[measure.ContentItemId].Add(Normalize(point.Period));
            }
        }

        var initiatives = duties.Where(d => !d.IsMeasure).Select(d => d.ContentItemId).ToList();
        var updates = await db.Set<StatusUpdateIndex>().AsNoTracking()
            .Where(x => (published ? x.Published : x.Latest) && initiatives.Contains(x.InitiativeContentItemId!))
            .Select(x => new { x.InitiativeContentItemId, x.Period })
            .ToListAsync();
        foreach (var update in updates)
        {
            reported[update.InitiativeContentItemId!].Add(Normalize(update.Period));
        }

        return reported;
    }

    /// <summary>"3.11 — Attendance", or the title alone when the item has no initiative number.</summary>
    public static string Title(ContentItem item, string? number) =>
        string.IsNullOrEmpty(number) ? item.DisplayText ?? item.ContentItemId : $"{number} — {item.DisplayText}";

    private static ReportingFrequency Frequency(ContentItem item) =>
        item.ContentType == PlanContent.KeyMeasure.Type ? ReportingFields.FrequencyOf(item) : ReportingFrequency.Quarterly;

    private static string Normalize(string period) => MeasurePeriod.TryParse(period, out var parsed, out _) ? parsed.ToString() : period.Trim();
}

/// <summary>The key measure's reporting field, as the Durham recipe names it.</summary>
public static class ReportingFields
{
    public const string Frequency = "ReportingFrequency"; // TextField "Monthly" (default) or "Quarterly"

    /// <summary>A key measure's cadence: quarterly when its field says so, else monthly (the recipe's default).</summary>
    public static ReportingFrequency FrequencyOf(ContentItem measure) =>
        string.Equals(measure.Text(Frequency)?.Trim(), nameof(ReportingFrequency.Quarterly), StringComparison.OrdinalIgnoreCase)
            ? ReportingFrequency.Quarterly
            : ReportingFrequency.Monthly;
}
