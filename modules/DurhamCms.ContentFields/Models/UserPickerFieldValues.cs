namespace DurhamCms.ContentFields.Models;

/// <summary>
/// A typed name no user has is carried to the validator as an id that cannot be a user's
/// (ids are 26 letters and digits), so the validator can name what was typed.
/// </summary>
public static class UserPickerFieldValues
{
    private const string Prefix = "?name:";

    public static string UnknownName(string name) => Prefix + name;

    public static string Describe(string id) => id.StartsWith(Prefix, StringComparison.Ordinal)
        ? $"no user is named '{id[Prefix.Length..]}'"
        : $"no user has the id '{id}'";
}
