using DurhamCms.ContentManagement;
using DurhamCms.Display;

namespace DurhamCms.StrategicPlan.Dashboard;

/// <summary>A key measure with its narrative and the series fields to chart (through the field's own view).</summary>
public sealed record MeasureSection(
    ContentItem Item,
    string Title,
    string? AnalysisHtml,
    IReadOnlyList<FieldDisplayModel> Series,
    string? Source,
    string? Methodology,
    bool HasData,
    Staleness.ReportingState Reporting = Staleness.ReportingState.NotYetReported)
{
    public bool UpdateOverdue => Reporting == Staleness.ReportingState.Overdue;
}

/// <summary>One status update; never overwritten, so earlier ones stay readable.</summary>
/// <param name="Culture">The culture its narrative is written in (its translation's, or its own when untranslated).</param>
public sealed record UpdateSection(string ContentItemId, string Period, string? Status, string? WhatWeHaveBeenDoingHtml, string? WhatsNextHtml, string? Culture = null);

/// <summary>Everything the initiative page shows, its latest status update first.</summary>
/// <param name="LastUpdatedUtc">When the page last changed: the latest publish of the initiative, its measures or its updates.</param>
/// <param name="LatestPeriodLabel">The latest reporting period with data (a measure's value or a status update), as residents read it: "December 2023".</param>
public sealed record InitiativePageModel(
    ContentItem Initiative,
    string Number,
    string Title,
    string? Status,
    string? PriorityId,
    string? PriorityTitle,
    string? PriorityUrl,
    string? ObjectiveNumber,
    string? ObjectiveTitle,
    string? DescriptionHtml,
    string? WhyImportantHtml,
    string? LeadDepartment,
    string? PlanCycle,
    DateTime? LastUpdatedUtc,
    IReadOnlyList<MeasureSection> Measures,
    UpdateSection? Latest,
    IReadOnlyList<UpdateSection> Earlier,
    IReadOnlyList<string> Statuses,
    string? LatestPeriodLabel = null,
    Staleness.ReportingState Reporting = Staleness.ReportingState.NotYetReported)
{
    /// <summary>Its latest update or a measure is older than its cadence (never when nothing was reported).</summary>
    public bool UpdateOverdue => Reporting == Staleness.ReportingState.Overdue;

    /// <summary>Listed by the city with nothing published yet: no narrative, no update, no data.</summary>
    public bool NothingPublished => DescriptionHtml is null && WhyImportantHtml is null && Latest is null && !Measures.Any(m => m.HasData || m.AnalysisHtml is not null);
}
