using System.Globalization;
using DurhamCms.ContentFields.Models;
using DurhamCms.ContentFields.Settings;
using DurhamCms.ContentManagement;
using DurhamCms.Editors;
using Microsoft.AspNetCore.Http;

namespace DurhamCms.ContentFields.Editors;

/// <summary>TimeField as a time input; browsers without one show a text box, read alike ("14:30" or "14:30:15").</summary>
public sealed class TimeFieldEditor : IContentFieldEditor
{
    private static readonly string[] Formats = [@"hh\:mm", @"hh\:mm\:ss", @"h\:mm", @"h\:mm\:ss"];

    public string FieldType => nameof(TimeField);

    public EditorShape Build(EditorContext context)
    {
        var settings = context.Field!.GetSettings<TimeFieldSettings>();
        var value = context.Posted(nameof(TimeField.Value)) ?? context.Read<TimeField>().Value?.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture);
        return new EditorShape("~/Views/Editors/DateField.cshtml", new DateEditorModel(context, nameof(TimeField.Value), value)
        {
            Hint = settings.Hint,
            Required = settings.Required,
            InputType = "time",
        });
    }

    public void Update(EditorContext context, IFormCollection form, ContentValidationResult result)
    {
        if (form.Value(context.NameFor(nameof(TimeField.Value))) is not { } posted)
        {
            return;
        }

        var text = posted.Trim();
        if (text.Length == 0)
        {
            context.Write(new TimeField());
        }
        else if (TimeSpan.TryParseExact(text, Formats, CultureInfo.InvariantCulture, out var time) && TimeFieldValues.IsTimeOfDay(time))
        {
            context.Write(new TimeField { Value = time });
        }
        else
        {
            result.Fail(context.Member, $"{context.Label} must be a time such as 14:30; '{NumericFieldEditor.Shorten(text)}' is not one.");
        }
    }
}
