using DurhamCms.ContentFields.Models;
using DurhamCms.ContentFields.Settings;
using DurhamCms.Users;

namespace DurhamCms.ContentFields.Validation;

/// <summary>The editor and imports alike: every picked user exists, one unless Multiple, some when Required.</summary>
public sealed class UserPickerFieldValidator(IUserDirectory users) : IContentFieldValidator
{
    public string FieldName => nameof(UserPickerField);

    public async Task ValidateAsync(FieldValidationContext context)
    {
        if (!context.TryRead<UserPickerField>("must list user ids (\"UserIds\").", out var field))
        {
            return;
        }

        var settings = context.Settings<UserPickerFieldSettings>();
        var ids = field.UserIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            if (settings.Required)
            {
                context.FailRequired();
            }

            return;
        }

        if (!settings.Multiple && ids.Count > 1)
        {
            context.Fail("allows only one user.");
        }

        var known = await users.NamesByIdAsync(ids);
        var missing = ids.Where(id => !known.ContainsKey(id)).Select(UserPickerFieldValues.Describe).ToList();
        if (missing.Count > 0)
        {
            context.Fail($"names users this site does not have: {string.Join("; ", missing)}.");
        }
    }
}
