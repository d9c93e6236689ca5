using System.Globalization;
using DurhamCms.ContentFields.Models;
using DurhamCms.ContentFields.Settings;
using DurhamCms.ContentManagement;
using DurhamCms.Editors;
using Microsoft.AspNetCore.Http;

namespace DurhamCms.ContentFields.Editors;

/// <summary>
/// NumericField as a text box with a numeric keyboard: a browser's number input silently drops
/// what does not parse, and the editor must get back exactly what they typed with a message.
/// </summary>
public sealed class NumericFieldEditor : IContentFieldEditor
{
    public string FieldType => nameof(NumericField);

    public EditorShape Build(EditorContext context)
    {
        var settings = context.Field!.GetSettings<NumericFieldSettings>();
        var stored = context.Read<NumericField>().Value;
        var value = context.Posted(nameof(NumericField.Value))
            ?? stored?.ToString(CultureInfo.InvariantCulture)
            ?? (context.Item.VersionStamp == 0 ? settings.DefaultValue : null);
        var range = (settings.Minimum, settings.Maximum) switch
        {
            ({ } min, { } max) => $"From {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}",
            ({ } min, null) => $"At least {min.ToString(CultureInfo.InvariantCulture)}",
            (null, { } max) => $"At most {max.ToString(CultureInfo.InvariantCulture)}",
            _ => null,
        };
        var places = settings.Scale <= 0 ? "a whole number" : $"up to {settings.Scale} decimal places";
        var hint = string.Join(" ", new[] { settings.Hint, range is null ? $"A number, {places}." : $"{range}, {places}." }.Where(h => !string.IsNullOrWhiteSpace(h)));
        return new EditorShape("~/Views/Editors/NumericField.cshtml", new NumericFieldEditorModel(context, value)
        {
            Hint = hint,
            Required = settings.Required,
            Placeholder = settings.Placeholder,
            InputMode = settings.Scale <= 0 && settings.Minimum >= 0 ? "numeric" : "decimal",
        });
    }

    public void Update(EditorContext context, IFormCollection form, ContentValidationResult result)
    {
        if (form.Value(context.NameFor(nameof(NumericField.Value))) is not { } posted)
        {
            return;
        }

        var text = posted.Trim();
        if (text.Length == 0)
        {
            context.Write(new NumericField { Value = null });
        }
        else if (text.Length <= 40 && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var value))
        {
            context.Write(new NumericField { Value = value });
        }
        else
        {
            result.Fail(context.Member, $"{context.Label} must be a number, such as 12 or 3.5; '{Shorten(text)}' is not one.");
        }
    }

    internal static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}

public sealed class NumericFieldEditorModel(EditorContext context, string? value) : ValueEditorModel(context, nameof(NumericField.Value), value)
{
    public string? Placeholder { get; init; }

    public string InputMode { get; init; } = "decimal";
}
