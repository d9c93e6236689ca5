using System.Text.Json.Nodes;
using DurhamCms.ContentFields.Models;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Handlers;
using DurhamCms.Users;

namespace DurhamCms.ContentFields.Handlers;

/// <summary>
/// Before a UserPickerField is validated: names without ids (the editor's) are looked up by name;
/// ids (an import's, a stored value's) get their users' current names, as Orchard's handler
/// writes them. What no user answers is left for the validator to name.
/// </summary>
public sealed class UserPickerFieldHandler(IUserDirectory users) : ContentHandlerBase
{
    public override async Task ValidatingAsync(ValidateContentContext context)
    {
        foreach (var part in context.Definition?.Parts ?? [])
        {
            foreach (var definition in part.PartDefinition.Fields.Where(f => f.FieldName == nameof(UserPickerField)))
            {
                if (context.ContentItem.GetPartJson(part.Name)?[definition.Name] is not JsonObject
                    || !TryRead(context.ContentItem, part.Name, definition.Name, out var field))
                {
                    continue;
                }

                if (field.UserIds.Length == 0 && field.UserNames.Length > 0)
                {
                    var found = new List<string>();
                    foreach (var name in field.UserNames)
                    {
                        found.Add((await users.FindByNameAsync(name))?.Id ?? UserPickerFieldValues.UnknownName(name));
                    }

                    field.UserIds = [.. found];
                }

                var names = await users.NamesByIdAsync(field.UserIds);
                field.UserNames = field.UserIds.Select(id => names.TryGetValue(id, out var name) ? name : null).OfType<string>().ToArray();
                context.ContentItem.ApplyField(part.Name, definition.Name, field);
            }
        }
    }

    private static bool TryRead(ContentItem item, string part, string name, out UserPickerField field)
    {
        try
        {
            field = item.GetField<UserPickerField>(part, name) ?? new UserPickerField();
            return true;
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            field = new UserPickerField();
            return false;
        }
    }
}
