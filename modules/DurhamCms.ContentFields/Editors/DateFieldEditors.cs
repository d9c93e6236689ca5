using System.Globalization;
using DurhamCms.ContentFields.Models;
using DurhamCms.ContentFields.Settings;
using DurhamCms.ContentManagement;
using DurhamCms.Editors;
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

/// <summary>DateTimeField as a date-and-time input, read and stored in UTC (the site's time zone for now).</summary>
public sealed class DateTimeFieldEditor : IContentFieldEditor
{
    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];

    public string FieldType => nameof(DateTimeField);

    public EditorShape Build(EditorContext context)
    {
        var settings = context.Field!.GetSettings<DateTimeFieldSettings>();
        var value = context.Posted(nameof(DateTimeField.Value)) ?? context.Read<DateTimeField>().Value?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        return new EditorShape("~/Views/Editors/DateField.cshtml", new DateEditorModel(context, nameof(DateTimeField.Value), value)
        {
            Hint = string.IsNullOrWhiteSpace(settings.Hint) ? "Date and time in UTC." : $"{settings.Hint} (UTC)",
            Required = settings.Required,
            InputType = "datetime-local",
        });
    }

    public void Update(EditorContext context, IFormCollection form, ContentValidationResult result)
    {
        if (DateEditorParsing.Read(context, form, nameof(DateTimeField.Value), Formats, "a date and time such as 2025-07-01T09:30", result) is { } parsed)
        {
            context.Write(new DateTimeField { Value = parsed.Value });
        }
    }
}

internal static class DateEditorParsing
{
    /// <summary>Null when the form does not carry the input or it does not parse (then a message is filed); a wrapped null for an emptied input.</summary>
    public static Parsed? Read(EditorContext context, IFormCollection form, string property, string[] formats, string example, ContentValidationResult result)
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

        if (DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
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
