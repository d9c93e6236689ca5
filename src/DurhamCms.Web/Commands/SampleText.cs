using System.Globalization;
using System.Text;

namespace DurhamCms.Web.Commands;

/// <summary>
/// Plain English sentences of realistic length from a small word list, so that sample pages,
/// search and page weight behave like real ones while the words plainly say nothing.
/// </summary>
internal sealed class SampleText(Random random)
{
    private static readonly string[] Subjects =
    [
        "The sample team", "City staff", "The working group", "Residents", "Partner agencies", "The program office",
    ];

    private static readonly string[] Verbs =
    [
        "reviewed", "planned", "measured", "improved", "shared", "tested", "expanded", "documented", "scheduled", "compared",
    ];

    private static readonly string[] Objects =
    [
        "the sample outreach plan", "neighborhood meetings", "service requests", "training sessions", "the project budget",
        "survey results", "program guidelines", "the pilot schedule", "partner feedback", "staff workload",
    ];

    private static readonly string[] Endings =
    [
        "across several departments", "during the quarter", "with community partners", "before the next review",
        "in three pilot areas", "as planned", "using the new checklist", "for the coming year",
    ];

    public static readonly string[] Topics =
    [
        "community engagement", "affordable housing", "workforce training", "transit access", "park maintenance",
        "emergency response", "stormwater resilience", "digital services", "small business support", "youth programs",
    ];

    public string Pick(IReadOnlyList<string> words) => words[random.Next(words.Count)];

    public string Sentence() =>
        $"{Pick(Subjects)} {Pick(Verbs)} {Pick(Objects)} {Pick(Endings)}, and {Pick(Subjects).ToLowerInvariant()} {Pick(Verbs)} {Pick(Objects)}.";

    /// <summary>One paragraph of HTML that starts by saying it is not real.</summary>
    public string Paragraph(int sentences)
    {
        var html = new StringBuilder("<p>Sample text, not real data.");
        for (var i = 0; i < sentences; i++)
        {
            html.Append(' ').Append(Sentence());
        }

        return html.Append("</p>").ToString();
    }

    public string Paragraphs(int paragraphs) =>
        string.Concat(Enumerable.Range(0, paragraphs).Select(_ => Paragraph(random.Next(3, 6))));

    public static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
