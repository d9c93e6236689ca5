using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using static DurhamCms.StrategicPlan.Models.PlanContent;

namespace DurhamCms.StrategicPlan.Translations;

/// <summary>
/// What a translation of a plan item translates: its texts, and nothing else. Numbers, picks,
/// statuses, periods, a measure's points, target and chart kind belong to the plan and are read from
/// the source item (the site's default culture) in every language, so data is entered once.
/// A translation is still a whole Orchard item (it round-trips and goes through the editor and the
/// workflow like any other); the values it repeats are simply never read.
/// </summary>
public static class PlanTranslatedText
{
    /// <summary>Per type: (part, field, property of the field) of each translated text.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<(string Part, string Field, string Property)>> Paths =
        new Dictionary<string, IReadOnlyList<(string, string, string)>>(StringComparer.Ordinal)
        {
            [Priority.Type] = [(Priority.Type, Priority.Description, "Text")],
            [Objective.Type] = [],
            [Initiative.Type] =
            [
                (Initiative.Type, Initiative.ObjectiveTitle, "Text"), (Initiative.Type, Initiative.Description, "Html"),
                (Initiative.Type, Initiative.WhyImportant, "Html"), (Initiative.Type, Initiative.LeadDepartment, "Text"),
            ],
            [KeyMeasure.Type] =
            [
                (KeyMeasure.Type, KeyMeasure.Analysis, "Html"), (KeyMeasure.Type, KeyMeasure.Series, "Unit"),
                (KeyMeasure.Type, KeyMeasure.Source, "Text"), (KeyMeasure.Type, KeyMeasure.Methodology, "Text"),
            ],
            [StatusUpdate.Type] = [(StatusUpdate.Type, StatusUpdate.WhatWeHaveBeenDoing, "Html"), (StatusUpdate.Type, StatusUpdate.WhatsNext, "Html")],
        };

    /// <summary>
    /// The source item as residents of the translation's culture read it: a copy of the source (its
    /// ids, so everything hanging off it is found) with the translation's title and texts where the
    /// translation has them. The source stays unchanged.
    /// </summary>
    public static ContentItem Overlay(ContentItem source, ContentItem translation)
    {
        var shown = source.Clone();
        if (!string.IsNullOrWhiteSpace(translation.DisplayText))
        {
            shown.DisplayText = translation.DisplayText;
            shown.GetOrCreatePartJson("TitlePart")["Title"] = translation.DisplayText;
        }

        foreach (var (part, field, property) in Paths.GetValueOrDefault(source.ContentType) ?? [])
        {
            if (translation.GetPartJson(part)?[field]?[property] is JsonValue value
                && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text)
                && shown.GetOrCreatePartJson(part)[field] is JsonObject target)
            {
                target[property] = text;
            }
        }

        // The page is the translation's: its route and culture, so links and alternates point at it.
        if (translation.GetPartJson("AutoroutePart") is { } route)
        {
            shown.Content["AutoroutePart"] = route.DeepClone();
        }

        if (translation.GetPartJson("LocalizationPart") is { } localization)
        {
            shown.Content["LocalizationPart"] = localization.DeepClone();
        }

        return shown;
    }
}
