using DurhamCms.ContentFields.Models;
using DurhamCms.ContentFields.Settings;
using DurhamCms.ContentManagement.Metadata;

namespace DurhamCms.ContentFields.Validation;

public sealed class TextFieldValidator : IContentFieldValidator
{
    public string FieldName => nameof(TextField);

    public Task ValidateAsync(FieldValidationContext context)
    {
        if (!context.TryRead<TextField>("must be text.", out var field))
        {
            return Task.CompletedTask;
        }

        if (string.IsNullOrWhiteSpace(field.Text))
        {
            if (context.Settings<TextFieldSettings>().Required)
            {
                context.FailRequired();
            }

            return Task.CompletedTask;
        }

        // A predefined list only binds when it is the field's editor, as in Orchard: the
        // settings can linger after an editor switched back to a free text box.
        if (string.Equals(context.Settings<ContentPartFieldSettings>().Editor, TextFieldPredefinedListEditorSettings.EditorName, StringComparison.OrdinalIgnoreCase))
        {
            var options = context.Settings<TextFieldPredefinedListEditorSettings>().Options;
            if (options.Length > 0 && !options.Any(o => o.Value == field.Text))
            {
                context.Fail($"must be one of: {string.Join(", ", options.Select(o => o.Name))}.");
            }
        }

        return Task.CompletedTask;
    }
}
