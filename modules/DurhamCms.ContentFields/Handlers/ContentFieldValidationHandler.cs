using DurhamCms.ContentFields.Validation;
using DurhamCms.ContentManagement.Handlers;

namespace DurhamCms.ContentFields.Handlers;

/// <summary>
/// Validates every field of an item by its definition's settings. The content manager calls
/// this on create, update and import, so the editor, the API and recipes refuse the same input
/// with the same words.
/// </summary>
public sealed class ContentFieldValidationHandler(IEnumerable<IContentFieldValidator> validators) : ContentHandlerBase
{
    private readonly ILookup<string, IContentFieldValidator> _validators =
        validators.ToLookup(v => v.FieldName, StringComparer.OrdinalIgnoreCase);

    public override async Task ValidatingAsync(ValidateContentContext context)
    {
        foreach (var part in context.Definition?.Parts ?? [])
        {
            foreach (var field in part.PartDefinition.Fields)
            {
                // Lengths first and for every field type: a rule that quotes a value must never
                // quote a 100 MB one, so a field over its cap is judged no further.
                var fieldContext = new FieldValidationContext(context.ContentItem, part, field, context.Result);
                if (!FieldTextLimits.Check(fieldContext))
                {
                    continue;
                }

                foreach (var validator in _validators[field.FieldName])
                {
                    await validator.ValidateAsync(fieldContext);
                }
            }
        }
    }
}
