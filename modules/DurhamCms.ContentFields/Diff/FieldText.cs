using DurhamCms.ContentManagement.Comparison;

namespace DurhamCms.ContentFields.Diff;

internal static class FieldText
{
    /// <summary>Beyond a few words a changed word reads better marked in place than the whole text twice.</summary>
    private const int ShortText = 40;

    public static ComparableValue Compared(string? text) =>
        text is { Length: > ShortText } || (text?.Contains(' ', StringComparison.Ordinal) ?? false)
            ? ComparableValue.Words(text)
            : ComparableValue.Value(text);
}
