namespace DurhamCms.ContentManagement.Metadata;

/// <summary>
/// A field type a module provides ("TextField", "NumericField"...). Registered as a singleton
/// per type, so a recipe can tell a field it cannot edit or display from one it can.
/// </summary>
public sealed record ContentFieldTypeRegistration(string Name)
{
    /// <summary>The settings classes a field of this type reads from its definition (TextFieldSettings...).</summary>
    public IReadOnlyList<Type> SettingsTypes { get; init; } = [];
}
