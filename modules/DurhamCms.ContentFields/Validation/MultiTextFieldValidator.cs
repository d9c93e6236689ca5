using DurhamCms.ContentFields.Models;
using DurhamCms.ContentFields.Settings;

namespace DurhamCms.ContentFields.Validation;

public sealed class MultiTextFieldValidator : IContentFieldValidator
{
    public string FieldName => nameof(MultiTextField);

    public Task ValidateAsync(FieldValidationContext context)
    {
        if (!context.TryRead<MultiTextField>("must be a list of values.", out var field))
        {
            return Task.CompletedTask;
        }

        var settings = context.Settings<MultiTextFieldSettings>();
        if (field.Values.Length == 0)
        {
            if (settings.Required)
            {
                context.FailRequired();
            }

            return Task.CompletedTask;
        }

        if (settings.Options.Length == 0)
        {
            return Task.CompletedTask;
        }

        foreach (var value in field.Values.Where(v => !settings.Options.Any(o => o.Value == v)))
        {
            context.Fail($"has '{value}', which is not one of its options: {string.Join(", ", settings.Options.Select(o => o.Name))}.");
        }

        return Task.CompletedTask;
    }
}
