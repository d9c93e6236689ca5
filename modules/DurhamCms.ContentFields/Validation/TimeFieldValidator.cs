using DurhamCms.ContentFields.Models;
using DurhamCms.ContentFields.Settings;

namespace DurhamCms.ContentFields.Validation;

/// <summary>The editor and imports alike: a time of day (an import could bring "1.02:00:00" or "-01:00:00"), and present when required.</summary>
public sealed class TimeFieldValidator : IContentFieldValidator
{
    public string FieldName => nameof(TimeField);

    public Task ValidateAsync(FieldValidationContext context)
    {
        if (!context.TryRead<TimeField>("must be a time of day (hh:mm:ss, e.g. 14:30:00).", out var field))
        {
            return Task.CompletedTask;
        }

        if (field.Value is { } value && !TimeFieldValues.IsTimeOfDay(value))
        {
            context.Fail($"must be a time of day between 00:00:00 and 23:59:59; '{value}' is not one.");
        }
        else if (field.Value is null && context.Settings<TimeFieldSettings>().Required)
        {
            context.FailRequired();
        }

        return Task.CompletedTask;
    }
}
