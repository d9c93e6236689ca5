using System.Globalization;
using DurhamCms.ContentFields.Models;
using DurhamCms.ContentFields.Settings;

namespace DurhamCms.ContentFields.Validation;

public sealed class NumericFieldValidator : IContentFieldValidator
{
    public string FieldName => nameof(NumericField);

    public Task ValidateAsync(FieldValidationContext context)
    {
        if (!context.TryRead<NumericField>("must be a number.", out var field))
        {
            return Task.CompletedTask;
        }

        var settings = context.Settings<NumericFieldSettings>();
        if (field.Value is not { } value)
        {
            if (settings.Required)
            {
                context.FailRequired();
            }

            return Task.CompletedTask;
        }

        if (settings.Minimum is { } minimum && value < minimum)
        {
            context.Fail($"must be at least {minimum.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (settings.Maximum is { } maximum && value > maximum)
        {
            context.Fail($"must be at most {maximum.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (DecimalPlaces(value) > Math.Max(settings.Scale, 0))
        {
            context.Fail(settings.Scale <= 0 ? "must be a whole number." : $"must have at most {settings.Scale} decimal places.");
        }

        return Task.CompletedTask;
    }

    // 12.50 counts as one place: trailing zeros say nothing about precision the editor asked for.
    private static int DecimalPlaces(decimal value)
    {
        var places = (int)value.Scale;
        while (places > 0 && decimal.Truncate(value * Pow10(places - 1)) == value * Pow10(places - 1))
        {
            places--;
        }

        return places;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }
}
