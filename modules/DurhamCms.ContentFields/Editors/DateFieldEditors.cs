using System.Globalization;
using DurhamCms.ContentFields.Models;
using DurhamCms.ContentFields.Settings;
using DurhamCms.ContentManagement;
using DurhamCms.Editors;
using DurhamCms.Time;
using Microsoft.AspNetCore.Http;

namespace DurhamCms.ContentFields.Editors;

/// <summary>DateField as a date input; stored as midnight UTC of the day, as Orchard does.</summary>
public sealed class DateFieldEditor : IContentFieldEditor
{
    private static readonly string[] Formats = ["yyyy-MM-dd"];

    public string FieldType => nameof(DateField);

    public EditorShape Build(EditorContext context)
    {
        var settings = context.Field!.GetSettings<DateFieldSettings>();
        var value = context.Posted(nameof(DateField.Value)) ?? context.Read<DateField>().Value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new EditorShape("~/Views/Editors/DateField.cshtml", new DateEditorModel(context, nameof(DateField.Value), value)
        {
            Hint = settings.Hint,
            Required = settings.Required,
            InputType = "date",
        });
    }

    public void Update(EditorContext context, IFormCollection form, ContentValidationResult result)
    {
        if (DateEditorParsing.Read(context, form, nameof(DateField.Value), Formats, "a date such as 2025-07-01", result) is { } parsed)
        {
            context.Write(new DateField { Value = parsed.Value?.Date });
        }
    }
}

/// <summary>
/// DateTimeField as a date-and-time input on the site's wall clock, the zone named beside it;
/// stored in UTC as Orchard stores it (a time the clocks skip or repeat is settled by
/// <see cref="SiteTimeZone.ToUtc"/>).
/// </summary>
public sealed class DateTimeFieldEditor : IContentFieldEditor
{
    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];

    public string FieldType => nameof(DateTimeField);

    public EditorShape Build(EditorContext context)
    {
        var settings = context.Field!.GetSettings<DateTimeFieldSettings>();
        var zone = context.TimeZone;
        var value = context.Posted(nameof(DateTimeField.Value)) ?? (context.Read<DateTimeField>().Value is { } stored ? zone.InputValue(stored) : null);
        return new EditorShape("~/Views/Editors/DateField.cshtml", new DateEditorModel(context, nameof(DateTimeField.Value), value)
        {
            Hint = string.IsNullOrWhiteSpace(settings.Hint) ? $"Date and time in {zone.Id} time." : $"{settings.Hint} ({zone.Id} time)",
            Required = settings.Required,
            InputType = "datetime-local",
        });
    }

    public void Update(EditorContext context, IFormCollection form, ContentValidationResult result)
    {
        if (DateEditorParsing.Read(context, form, nameof(DateTimeField.Value), Formats, "a date and time such as 2025-07-01T09:30", result, context.TimeZone) is { } parsed)
        {
            context.Write(new DateTimeField { Value = parsed.Value });
        }
    }
}

internal static class DateEditorParsing
{
    /// <summary>
    /// Null when the form does not carry the input or it does not parse (then a message is filed); a
    /// wrapped null for an emptied input. With a <paramref name="zone"/> the text is that zone's wall
    /// clock, returned as UTC; without one it is UTC already (a DateField's day).
    /// </summary>
    public static Parsed? Read(EditorContext context, IFormCollection form, string property, string[] formats, string example, ContentValidationResult result, SiteTimeZone? zone = null)
    {
        if (form.Value(context.NameFor(property)) is not { } posted)
        {
            return null;
        }

        var text = posted.Trim();
        if (text.Length == 0)
        {
            return new Parsed(null);
        }

        if (zone is not null && DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var wall))
        {
            return new Parsed(zone.ToUtc(wall));
        }

        if (zone is null && DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            return new Parsed(DateTime.SpecifyKind(value, DateTimeKind.Utc));
        }

        result.Fail(context.Member, $"{context.Label} must be {example}; '{NumericFieldEditor.Shorten(text)}' is not one.");
        return null;
    }

    public sealed record Parsed(DateTime? Value);
}

public sealed class DateEditorModel(EditorContext context, string property, string? value) : ValueEditorModel(context, property, value)
{
    /// <summary>"date" or "datetime-local"; browsers without them show a text box, which the server reads alike.</summary>
    public string InputType { get; init; } = "date";
}
