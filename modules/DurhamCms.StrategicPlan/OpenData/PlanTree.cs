using System.Text.Json.Serialization;

namespace DurhamCms.StrategicPlan.OpenData;

/// <summary>The whole published plan as /api/plan.json serves it (camelCase, one tree).</summary>
public sealed record PlanTree(string Publisher, DateTime GeneratedUtc, IReadOnlyList<string> Statuses, IReadOnlyList<PlanPriority> Priorities);

public sealed record PlanPriority(string Id, int? Number, string Title, string Url, string? Description, IReadOnlyList<PlanInitiative> Initiatives);

public sealed record PlanInitiative(
    string Id,
    string Number,
    string Objective,
    string Title,
    string Url,
    string? Status,
    string? LeadDepartment,
    string? PlanCycle,
    string? Description,
    string? WhyImportant,
    IReadOnlyList<PlanKeyMeasure> KeyMeasures,
    IReadOnlyList<PlanStatusUpdate> StatusUpdates,
    string Cadence,
    bool UpdateOverdue);

public sealed record PlanKeyMeasure(
    string Id,
    string Title,
    string? Analysis,
    string? Unit,
    string? ChartKind,
    decimal? Target,
    string? BetterDirection,
    IReadOnlyList<PlanMeasurePoint> Points,
    string Csv,
    string Json,
    string Cadence,
    bool UpdateOverdue);

public sealed record PlanMeasurePoint(
    string Period,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Label,
    decimal Value,
    string? Note);

public sealed record PlanStatusUpdate(string Id, string Period, string? Status, string? WhatWeHaveBeenDoing, string? WhatsNext, DateTime? PublishedUtc);
