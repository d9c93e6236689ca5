using System.Text.Json;
using DurhamCms.ContentManagement;
using DurhamCms.Editors;
using Microsoft.AspNetCore.Http;

namespace DurhamCms.ContentFields.Editors;

/// <summary>Reading and writing the edited field's JSON, shared by the field editors.</summary>
public static class EditorFields
{
    /// <summary>The field as its class; a stored value of the wrong shape reads as empty (its validator names the problem on save).</summary>
    public static TField Read<TField>(this EditorContext context) where TField : ContentField, new()
    {
        try
        {
            return context.Item.GetField<TField>(context.Part.Name, context.Field!.Name) ?? new TField();
        }
        catch (JsonException)
        {
            return new TField();
        }
        catch (InvalidOperationException)
        {
            return new TField();
        }
    }

    public static void Write(this EditorContext context, ContentField field) =>
        context.Item.ApplyField(context.Part.Name, context.Field!.Name, field);

    /// <summary>The posted text of an input, or null when the form does not carry it (then the stored value is kept).</summary>
    public static string? Value(this IFormCollection form, string name) =>
        form.TryGetValue(name, out var value) ? value.ToString() : null;

    /// <summary>Refuses text longer than <paramref name="max"/> with the field's name in the message; true when it fits.</summary>
    public static bool CheckLength(this EditorContext context, ContentValidationResult result, string? text, int max, string? label = null)
    {
        if (text is null || text.Length <= max)
        {
            return true;
        }

        result.Fail(context.Member, EditorLimits.TooLong(label ?? context.Label, text.Length, max));
        return false;
    }
}
