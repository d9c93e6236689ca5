using DurhamCms.ContentFields.Models;
using DurhamCms.ContentFields.Settings;
using DurhamCms.ContentManagement;
using DurhamCms.Editors;
using Microsoft.AspNetCore.Http;

namespace DurhamCms.ContentFields.Editors;

/// <summary>
/// UserPickerField as a text box of user names, separated by commas, offering the enabled users
/// as the name is typed (a datalist: works without script; /admin/user-picker searches them). The
/// editor keeps only the names; <see cref="Handlers.UserPickerFieldHandler"/> finds their ids.
/// </summary>
public sealed class UserPickerFieldEditor : IContentFieldEditor
{
    public string FieldType => nameof(UserPickerField);

    public EditorShape Build(EditorContext context)
    {
        var settings = context.Field!.GetSettings<UserPickerFieldSettings>();
        var value = context.Posted(nameof(UserPickerField.UserNames)) ?? string.Join(", ", context.Read<UserPickerField>().UserNames);
        var hint = settings.Multiple ? "User names, separated by commas." : "One user name.";
        return new EditorShape("~/Views/Editors/UserPickerField.cshtml", new DateEditorModel(context, nameof(UserPickerField.UserNames), value)
        {
            Hint = string.IsNullOrWhiteSpace(settings.Hint) ? hint : $"{settings.Hint} ({hint})",
            Required = settings.Required,
            InputType = "text",
        });
    }

    public void Update(EditorContext context, IFormCollection form, ContentValidationResult result)
    {
        if (form.Value(context.NameFor(nameof(UserPickerField.UserNames))) is not { } posted)
        {
            return;
        }

        var names = posted.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var stored = context.Read<UserPickerField>();
        if (!names.SequenceEqual(stored.UserNames, StringComparer.OrdinalIgnoreCase))
        {
            context.Write(new UserPickerField { UserNames = names });
        }
    }
}
