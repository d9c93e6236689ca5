namespace DurhamCms.ContentFields.Validation;

/// <summary>The rules of one field type. Called for every save, API write and recipe import alike.</summary>
public interface IContentFieldValidator
{
    /// <summary>The field type this validates: "TextField", "NumericField"...</summary>
    string FieldName { get; }

    Task ValidateAsync(FieldValidationContext context);
}
