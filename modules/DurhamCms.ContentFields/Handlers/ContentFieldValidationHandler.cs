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
                foreach (var validator in _validators[field.FieldName])
                {
                    await validator.ValidateAsync(new FieldValidationContext(context.ContentItem, part, field, context.Result));
                }
            }
        }
    }
}
