namespace DurhamCms.Contents.Admin;

/// <summary>An item's number in the site's scheme and what it sits under (the plan's "3.11", under a priority).</summary>
public sealed record ContentNumber(string Number, string? ParentLabel);

/// <summary>
/// The numbers a site gives its items (the plan's initiative numbers), so the generic content list
/// and the content picker show them and find items by them without knowing the module that owns them.
/// </summary>
public interface IContentNumberSource
{
    /// <summary>What the list heads the parent column with ("Priority").</summary>
    string ParentHeading { get; }

    /// <summary>Ids of latest versions whose number is <paramref name="number"/>, or that belong to the item so numbered.</summary>
    IQueryable<string> LatestIdsNumbered(string number);

    /// <summary>The number of each item's latest version, by content item id (items without one are left out).</summary>
    Task<IReadOnlyDictionary<string, ContentNumber>> GetLatestNumbersAsync(IReadOnlyCollection<string> contentItemIds);
}

public static class ContentNumberText
{
    /// <summary>Whether search text reads as a number ("3.11", "3."): digits and dots, starting with a digit.</summary>
    public static bool LooksLikeNumber(string text) =>
        text.Length is > 0 and <= 20 && char.IsAsciiDigit(text[0]) && text.All(c => char.IsAsciiDigit(c) || c == '.');
}
