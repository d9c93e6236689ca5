namespace DurhamCms.Editors;

/// <summary>
/// Server-side length caps of the admin editors. A browser's maxlength is advice only; these are
/// checked on every POST so a pasted novel or a scripted request gets a message, not a 500 or a
/// row the database refuses.
/// </summary>
public static class EditorLimits
{
    /// <summary>One line of text: titles and short fields (the initiative index keeps 1,024 for titles).</summary>
    public const int SingleLine = 1_024;

    /// <summary>A multi-line plain text field.</summary>
    public const int MultiLine = 20_000;

    /// <summary>HTML and Markdown bodies: far beyond any status update, small enough to keep a page light.</summary>
    public const int RichText = 200_000;

    /// <summary>The message for text over its cap, naming the field and both lengths.</summary>
    public static string TooLong(string label, int length, int max) =>
        $"{label} is too long: {length:N0} characters, at most {max:N0} fit. Nothing was saved; shorten it and save again.";
}
