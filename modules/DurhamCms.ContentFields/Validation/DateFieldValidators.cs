using DurhamCms.ContentFields.Models;
using DurhamCms.ContentFields.Settings;

namespace DurhamCms.ContentFields.Validation;

public sealed class DateFieldValidator : IContentFieldValidator
{
    public string FieldName => nameof(DateField);

    public Task ValidateAsync(FieldValidationContext context)
    {
        if (context.TryRead<DateField>("must be a date (yyyy-mm-dd).", out var field)
            && field.Value is null && context.Settings<DateFieldSettings>().Required)
        {
            context.FailRequired();
        }

        return Task.CompletedTask;
    }
}

public sealed class DateTimeFieldValidator : IContentFieldValidator
{
    public string FieldName => nameof(DateTimeField);

    public Task ValidateAsync(FieldValidationContext context)
    {
        if (context.TryRead<DateTimeField>("must be a date and time (ISO 8601, e.g. 2024-01-31T14:30:00Z).", out var field)
            && field.Value is null && context.Settings<DateTimeFieldSettings>().Required)
        {
            context.FailRequired();
        }

        return Task.CompletedTask;
    }
}
