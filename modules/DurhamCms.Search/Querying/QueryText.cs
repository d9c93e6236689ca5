using System.Text;
using System.Text.RegularExpressions;

namespace DurhamCms.Search.Querying;

/// <summary>
/// What a resident typed, made safe to search: capped in length, control characters gone,
/// "quoted phrases" apart from words. Lucene's query syntax is never parsed, so no input can be
/// a syntax error: <c>*</c>, <c>AND(</c> or <c>'; DROP TABLE</c> are only characters, and the
/// analyzer keeps the words in them.
/// </summary>
public sealed partial record QueryText(string Text, IReadOnlyList<string> Words, IReadOnlyList<string> Phrases, bool Shortened)
{
    /// <summary>Beyond this many words a query is a paste, not a search; the rest are ignored.</summary>
    public const int MaxWords = 16;

    public bool IsEmpty => Words.Count == 0 && Phrases.Count == 0;

    public static QueryText Parse(string? raw, int maxLength)
    {
        raw ??= "";
        var shortened = raw.Length > maxLength;
        if (shortened)
        {
            // Never cut a surrogate pair in half: the lone half is not text.
            raw = raw[..(char.IsHighSurrogate(raw[maxLength - 1]) ? maxLength - 1 : maxLength)];
        }

        var clean = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            clean.Append(char.IsControl(c) ? ' ' : c);
        }

        var text = Spaces().Replace(clean.ToString(), " ").Trim();
        var phrases = new List<string>();
        var rest = Phrase().Replace(text, m =>
        {
            if (m.Groups[1].Value.Trim() is { Length: > 0 } phrase)
            {
                phrases.Add(phrase);
            }

            return " ";
        });
        var words = rest.Replace("\"", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(MaxWords).ToList();
        return new QueryText(text, words, phrases.Take(MaxWords).ToList(), shortened);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex Phrase();
}
