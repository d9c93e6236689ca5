using System.Collections.Concurrent;
using DurhamCms.Search.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DurhamCms.Search.Indexing;

/// <summary>This node's open indexes, by profile name, under {DataPath}/search/{node}/{IndexName}.</summary>
public sealed class LuceneIndexes(SitePaths paths, IOptions<SearchOptions> options, ILogger<LuceneIndexes> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, LuceneProfileIndex> _open = new(StringComparer.OrdinalIgnoreCase);

    public string NodeFolder { get; } = Path.Combine(paths.DataPath, "search", SafeName(options.Value.NodeName is { Length: > 0 } n ? n : Environment.MachineName));

    public LuceneProfileIndex? Find(string profileName) => _open.GetValueOrDefault(profileName);

    public string FolderOf(IndexProfile profile) => Path.Combine(NodeFolder, SafeName(profile.IndexName is { Length: > 0 } i ? i : profile.Name));

    /// <summary>Called by the indexer only (one caller at a time); an index whose analyzer changed is closed and reopened.</summary>
    public LuceneProfileIndex Open(IndexProfile profile)
    {
        var analyzer = SearchAnalyzers.Normalize(profile.Properties.LuceneIndexMetadata.AnalyzerName);
        if (_open.TryGetValue(profile.Name, out var index))
        {
            if (index.AnalyzerName == analyzer && index.Folder == FolderOf(profile))
            {
                return index;
            }

            Close(profile.Name);
        }

        index = LuceneProfileIndex.Open(profile, FolderOf(profile), logger);
        if (index.AnalyzerName != analyzer)
        {
            index.NeedsRebuild = true;
        }

        _open[profile.Name] = index;
        return index;
    }

    /// <summary>Closes indexes whose profile is gone; their folders stay until a profile of that name returns.</summary>
    public void Retain(IEnumerable<string> profileNames)
    {
        var keep = profileNames.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var name in _open.Keys.Where(k => !keep.Contains(k)).ToList())
        {
            Close(name);
        }
    }

    public void Dispose()
    {
        foreach (var name in _open.Keys.ToList())
        {
            Close(name);
        }
    }

    private void Close(string name)
    {
        if (_open.TryRemove(name, out var index))
        {
            index.Dispose();
        }
    }

    private static string SafeName(string name) =>
        new(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());
}
