using DurhamCms.ContentManagement;

namespace DurhamCms.StrategicPlan.Indexes;

/// <summary>One row per initiative version: what the dashboard lists, filters and rolls up by.</summary>
public sealed class InitiativeIndex : ContentIndex
{
    public string Number { get; set; } = "";

    /// <summary>Numeric order of <see cref="Number"/> (3.12 before 3.110); 0 when the number is not in x.yz form.</summary>
    public long NumberSortKey { get; set; }

    /// <summary>"3.1", derived from the number.</summary>
    public string ObjectiveNumber { get; set; } = "";

    /// <summary>The objective's title as editors set it on the initiative (optional).</summary>
    public string? ObjectiveTitle { get; set; }

    public string Title { get; set; } = "";
    public string? PriorityContentItemId { get; set; }
    public string? Status { get; set; }
    public string? LeadDepartment { get; set; }
    public string? PlanCycle { get; set; }
    public DateTime? ModifiedUtc { get; set; }
}

/// <summary>Key measures by the initiative they belong to.</summary>
public sealed class KeyMeasureIndex : ContentIndex
{
    public string? InitiativeContentItemId { get; set; }
    public string Title { get; set; } = "";

    /// <summary>
    /// The measure's <see cref="Measures.TargetState"/> by name, from its series when the row was
    /// written; null on rows written before the column existed.
    /// </summary>
    public string? Standing { get; set; }

    /// <summary>
    /// The measure's reporting cadence (<see cref="Reporting.ReportingFrequency"/> by name); null on
    /// rows written before the column existed, which is how the reporting columns are known unfilled.
    /// </summary>
    public string? Frequency { get; set; }

    /// <summary>
    /// The latest reported period of each kind in its series (<see cref="Staleness.ReportedPeriods"/>):
    /// enough to judge "Update overdue" without the document, whatever the fiscal calendar says.
    /// </summary>
    public string? LatestPeriods { get; set; }
}

/// <summary>Status updates by initiative, newest reporting period first.</summary>
public sealed class StatusUpdateIndex : ContentIndex
{
    public string? InitiativeContentItemId { get; set; }
    public string Period { get; set; } = "";

    /// <summary>Sortable form of the period (see <see cref="Models.ReportingPeriod"/>); empty when unparsable.</summary>
    public string PeriodSortKey { get; set; } = "";

    public string? Status { get; set; }
    public DateTime? CreatedUtc { get; set; }
}
