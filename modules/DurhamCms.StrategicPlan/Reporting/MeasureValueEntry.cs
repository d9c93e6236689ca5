using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Publishing;
using DurhamCms.StrategicPlan.Measures;
using DurhamCms.StrategicPlan.Models;

namespace DurhamCms.StrategicPlan.Reporting;

/// <summary>
/// One period's value of one measure, as typed (kept as typed when refused). <paramref name="Confirmed"/>:
/// the person ticked "I confirm this value is correct" for a value far outside the series.
/// </summary>
public sealed record MeasureValueInput(string ContentItemId, string Value, string? Note, bool Confirmed = false);

/// <summary>
/// Enters a period's value into a measure's draft: the series gains (or changes) that period's
/// row and is stored through the content manager, so the measure editor's validation (its words
/// too) and the period lock refuse what they refuse there. Then, if asked, it goes for review.
/// </summary>
public sealed class MeasureValueEntry(IContentManager contents, IContentDefinitionManager definitions, IEnumerable<IContentReviewSubmitter> submitters)
{
    /// <summary>The draft the value goes into: the latest version, or a new draft of a published one.</summary>
    public async Task<ContentItem> WorkingCopyAsync(ContentItem latest)
    {
        var definition = await definitions.GetTypeDefinitionAsync(latest.ContentType);
        if (!latest.Published || definition?.TypeSettings.Draftable != true)
        {
            return latest;
        }

        return await contents.GetAsync(latest.ContentItemId, VersionOptions.DraftRequired) ?? latest;
    }

    /// <summary>Puts the value into the item's series (not stored): problems, each a sentence without the measure's name; none when it fits.</summary>
    public static IReadOnlyList<string> Apply(ContentItem item, DuePeriod period, MeasureValueInput input)
    {
        var text = input.Value.Trim();
        if (text.Length == 0)
        {
            return [$"the value for {period.Period.Label} is empty; type a number, e.g. 23 or 1.5."];
        }

        var part = item.GetOrCreatePartJson(PlanContent.KeyMeasure.Type);
        if (part[PlanContent.KeyMeasure.Series] is not JsonObject series)
        {
            part[PlanContent.KeyMeasure.Series] = series = new JsonObject { ["Points"] = new JsonArray() };
        }

        if (series["Points"] is not JsonArray points)
        {
            series["Points"] = points = new JsonArray();
        }

        var row = new JsonObject
        {
            ["Period"] = period.Key,
            ["Value"] = decimal.TryParse(text, NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var number) ? number : text,
            ["Note"] = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
        };

        var at = points.Select((p, i) => (p, i)).FirstOrDefault(x => PeriodLocks.Key(x.p?["Period"]?.ToString() ?? "") == period.Key);
        if (at.p is not null)
        {
            points[at.i] = row;
        }
        else
        {
            points.Add(row);
        }

        if (input.Confirmed)
        {
            MeasureOutliers.ConfirmAll(points);
        }

        return MeasureSeriesValidator.Validate(series, "Series", "The data series")
            .Select(e => e.Message)
            .ToList();
    }

    /// <summary>Stores the draft; null when stored, else the content manager's reasons.</summary>
    public async Task<IReadOnlyList<string>> SaveAsync(ContentItem working)
    {
        var result = await contents.UpdateAsync(working);
        return result.Succeeded ? [] : result.Errors.Select(e => e.Message).ToList();
    }

    /// <summary>Sends the saved draft for review where a workflow reviews measures; null when sent (or when there is no review).</summary>
    public async Task<string?> SubmitAsync(ContentItem saved, ClaimsPrincipal user)
    {
        if (submitters.FirstOrDefault() is not { } submitter)
        {
            return null;
        }

        var outcome = await submitter.SubmitAsync(saved, user);
        return outcome.Succeeded ? null : outcome.Error;
    }
}
