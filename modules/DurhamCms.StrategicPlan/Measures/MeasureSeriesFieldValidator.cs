using DurhamCms.ContentFields.Validation;

namespace DurhamCms.StrategicPlan.Measures;

/// <summary>Holds every save, API write and recipe import of a measure series to <see cref="MeasureSeriesValidator"/>.</summary>
public sealed class MeasureSeriesFieldValidator : IContentFieldValidator
{
    public string FieldName => nameof(MeasureSeriesField);

    public Task ValidateAsync(FieldValidationContext context)
    {
        // The raw node, not context.Json: a field stored as text rather than an object must be refused too.
        var json = context.ContentItem.GetPartJson(context.Part.Name)?[context.Field.Name];
        foreach (var error in MeasureSeriesValidator.Validate(json, context.Member, context.DisplayName))
        {
            context.FailAt(error.Member, error.Message);
        }

        return Task.CompletedTask;
    }
}
