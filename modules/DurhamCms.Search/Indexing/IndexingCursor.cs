using System.Globalization;

namespace DurhamCms.Search.Indexing;

/// <summary>
/// How far one node's index of one profile has read the task log. It is stored in the Lucene
/// commit's user data rather than in a file beside the index: the cursor and the documents it
/// describes are then written by the same atomic commit, and a crash between "index written"
/// and "cursor saved" cannot happen.
/// </summary>
public sealed record IndexingCursor
{
    public static readonly IndexingCursor Start = new();

    /// <summary>The highest task id applied.</summary>
    public long LastTaskId { get; init; }

    /// <summary>
    /// Ids below <see cref="LastTaskId"/> not seen yet, with when they were first missed. Under
    /// concurrency a transaction that took id 41 can commit after one that took 42: when 42 is
    /// read, 41 is remembered here and asked for again on every pass until it appears or the
    /// grace period ends (its transaction rolled back and the id was burnt).
    /// </summary>
    public IReadOnlyDictionary<long, DateTime> Gaps { get; init; } = new Dictionary<long, DateTime>();

    public string RebuildToken { get; init; } = "";
    public string ResetToken { get; init; } = "";

    /// <summary>The document layout the index was built under (see <see cref="SearchDocumentComposer.Layout"/>); empty before it was recorded.</summary>
    public string Layout { get; init; } = "";

    public DateTime? IndexedUtc { get; init; }

    public Dictionary<string, string> ToCommitData() => new()
    {
        ["cursor"] = LastTaskId.ToString(CultureInfo.InvariantCulture),
        ["gaps"] = string.Join(',', Gaps.Select(g => $"{g.Key}:{g.Value.Ticks}")),
        ["rebuildToken"] = RebuildToken,
        ["resetToken"] = ResetToken,
        ["layout"] = Layout,
        ["indexedUtc"] = IndexedUtc?.ToString("O", CultureInfo.InvariantCulture) ?? "",
    };

    public static IndexingCursor FromCommitData(IDictionary<string, string>? data)
    {
        if (data is null || !data.TryGetValue("cursor", out var cursor) || !long.TryParse(cursor, CultureInfo.InvariantCulture, out var last))
        {
            return Start;
        }

        var gaps = new Dictionary<long, DateTime>();
        foreach (var pair in (Get(data, "gaps") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split(':');
            if (parts.Length == 2 && long.TryParse(parts[0], CultureInfo.InvariantCulture, out var id) && long.TryParse(parts[1], CultureInfo.InvariantCulture, out var ticks))
            {
                gaps[id] = DateTime.SpecifyKind(new DateTime(ticks), DateTimeKind.Utc);
            }
        }

        return new IndexingCursor
        {
            LastTaskId = last,
            Gaps = gaps,
            RebuildToken = Get(data, "rebuildToken") ?? "",
            ResetToken = Get(data, "resetToken") ?? "",
            Layout = Get(data, "layout") ?? "",
            IndexedUtc = DateTime.TryParse(Get(data, "indexedUtc"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : null,
        };
    }

    private static string? Get(IDictionary<string, string> data, string key) => data.TryGetValue(key, out var value) ? value : null;
}
