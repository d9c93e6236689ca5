namespace DurhamCms.StrategicPlan.Models;

/// <summary>
/// The plan's content model, as the Durham recipe defines it: each type keeps its own fields in
/// the part named after it (Orchard's convention). These names are the contract between the
/// recipe, the views, the open-data endpoints and the indexes.
/// </summary>
public static class PlanContent
{
    public static class Priority
    {
        public const string Type = "Priority";
        public const string Number = "Number";            // NumericField, 1-5
        public const string Description = "Description";  // TextField: "why this matters"
        public const string AccentColor = "AccentColor";  // TextField: a colour token of the theme, e.g. "priority-3"
        public const string Icon = "Icon";                // TextField: an icon name of the theme
        public const string Order = "Order";              // NumericField
    }

    /// <summary>An objective of a priority, "3.1"; its initiatives are those numbered 3.1z. Its title (TitlePart) may be empty.</summary>
    public static class Objective
    {
        public const string Type = "Objective";
        public const string Number = "Number";      // TextField "x.y"
        public const string Priority = "Priority";  // ContentPickerField -> Priority

        /// <summary>How pages name an objective: "Objective 3.1: Its title", or "Objective 3.1" when the title is not known.</summary>
        public static string Label(string number, string? title) =>
            string.IsNullOrWhiteSpace(title) ? $"Objective {number}" : $"Objective {number}: {title.Trim()}";
    }

    public static class Initiative
    {
        public const string Type = "Initiative";
        public const string Number = "Number";                  // TextField "x.yz", e.g. "3.11"; unique
        public const string Priority = "Priority";              // ContentPickerField -> Priority
        public const string ObjectiveTitle = "ObjectiveTitle";  // TextField, optional title of objective x.y
        public const string Status = "Status";                  // TextField from the status vocabulary
        public const string Description = "Description";        // HtmlField
        public const string WhyImportant = "WhyImportant";      // HtmlField: "Why is it important?"
        public const string LeadDepartment = "LeadDepartment";  // TextField
        public const string PlanCycle = "PlanCycle";            // TextField, e.g. "FY2024–26"
    }

    public static class KeyMeasure
    {
        public const string Type = "KeyMeasure";
        public const string Initiative = "Initiative";    // ContentPickerField -> Initiative
        public const string Analysis = "Analysis";        // HtmlField: the "Key Measures & Data Analysis" narrative
        public const string Series = "Series";            // MeasureSeriesField
        public const string Source = "Source";            // TextField
        public const string Methodology = "Methodology";  // TextField
    }

    public static class StatusUpdate
    {
        public const string Type = "StatusUpdate";
        public const string Initiative = "Initiative";                    // ContentPickerField -> Initiative
        public const string Period = "Period";                            // TextField, e.g. "FY2025 Q1"
        public const string Status = "Status";                            // TextField: the status at that time
        public const string WhatWeHaveBeenDoing = "WhatWeHaveBeenDoing";  // HtmlField
        public const string WhatsNext = "WhatsNext";                      // HtmlField
    }

    /// <summary>An initiative the city has listed but not yet reported on: no narrative, no data, no progress status.</summary>
    public const string NotYetReported = "Not yet reported";

    /// <summary>The default status vocabulary; a recipe may set another in the Status field's predefined list.</summary>
    public static readonly IReadOnlyList<string> DefaultStatuses = ["In Progress", "On Hold", "Complete/Ongoing"];
}
