using DiffPlex;
using DiffPlex.Chunkers;

namespace DurhamCms.Contents.Admin.History.Diff;

/// <summary>Word-by-word (or entry-by-entry) differences between two texts, as runs of kept, removed and added text.</summary>
public static class WordDiff
{
    public static IReadOnlyList<DiffSpan> Words(string? before, string? after) => Compare(before ?? "", after ?? "", WordChunker.Instance, separator: "");

    /// <summary>Entries of a list (picked ids, several texts), one per line.</summary>
    public static IReadOnlyList<DiffSpan> Entries(IReadOnlyList<string> before, IReadOnlyList<string> after) =>
        Compare(string.Join('\n', before), string.Join('\n', after), LineChunker.Instance, separator: "\n");

    private static List<DiffSpan> Compare(string before, string after, IChunker chunker, string separator)
    {
        var result = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, chunker);
        var spans = new List<DiffSpan>();
        var a = 0;
        foreach (var block in result.DiffBlocks)
        {
            for (; a < block.DeleteStartA; a++)
            {
                Add(spans, DiffKind.Unchanged, result.PiecesOld[a], separator);
            }

            for (var i = 0; i < block.DeleteCountA; i++)
            {
                Add(spans, DiffKind.Removed, result.PiecesOld[block.DeleteStartA + i], separator);
            }

            for (var i = 0; i < block.InsertCountB; i++)
            {
                Add(spans, DiffKind.Added, result.PiecesNew[block.InsertStartB + i], separator);
            }

            a = block.DeleteStartA + block.DeleteCountA;
        }

        for (; a < result.PiecesOld.Count; a++)
        {
            Add(spans, DiffKind.Unchanged, result.PiecesOld[a], separator);
        }

        return spans;
    }

    // Neighbouring pieces of one kind read as one run ("<del>two old words</del>", not two).
    private static void Add(List<DiffSpan> spans, DiffKind kind, string piece, string separator)
    {
        if (separator.Length == 0 && spans.Count > 0 && spans[^1].Kind == kind)
        {
            spans[^1] = spans[^1] with { Text = spans[^1].Text + piece };
        }
        else
        {
            spans.Add(new DiffSpan(kind, piece));
        }
    }
}
