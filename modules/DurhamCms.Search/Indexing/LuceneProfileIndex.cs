using DurhamCms.Search.Models;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;

namespace DurhamCms.Search.Indexing;

/// <summary>
/// One profile's index on this node: its folder, the one writer, and the searchers readers share.
/// Only the indexer writes (one at a time); any number of requests search at once, each on the
/// snapshot of the last commit, so a rebuild in progress never shows a half-empty index.
/// </summary>
public sealed class LuceneProfileIndex : IDisposable
{
    private readonly FSDirectory _directory;
    private long _committedAt = System.Diagnostics.Stopwatch.GetTimestamp();
    private bool _dirty;

    private LuceneProfileIndex(string profileName, string folder, string analyzerName, FSDirectory directory, IndexWriter writer, bool needsRebuild)
    {
        ProfileName = profileName;
        Folder = folder;
        AnalyzerName = analyzerName;
        _directory = directory;
        Writer = writer;
        Analyzer = writer.Analyzer;
        Searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
        Cursor = IndexingCursor.FromCommitData(writer.CommitData);
        NeedsRebuild = needsRebuild;
        LastIndexedUtc = Cursor.IndexedUtc;
    }

    public string ProfileName { get; }
    public string Folder { get; }
    public string AnalyzerName { get; }
    public Analyzer Analyzer { get; }
    public IndexWriter Writer { get; }
    public SearcherManager Searchers { get; }
    public IndexingCursor Cursor { get; private set; }

    /// <summary>The folder was missing or unreadable when opened: the index must be built from the database.</summary>
    public bool NeedsRebuild { get; set; }

    private volatile bool _rebuilding;

    /// <summary>A rebuild is running: searches still see the previous commit.</summary>
    public bool Rebuilding
    {
        get => _rebuilding;
        set => _rebuilding = value;
    }

    public DateTime? LastIndexedUtc { get; private set; }

    public int DocumentCount => Search(s => s.IndexReader.NumDocs);

    /// <summary>Opens the index, or starts an empty one when it is missing or corrupt (to be rebuilt).</summary>
    public static LuceneProfileIndex Open(IndexProfile profile, string folder, ILogger logger)
    {
        var analyzerName = SearchAnalyzers.Normalize(profile.Properties.LuceneIndexMetadata.AnalyzerName);
        System.IO.Directory.CreateDirectory(folder);
        var directory = FSDirectory.Open(folder);
        var exists = DirectoryReader.IndexExists(directory);
        try
        {
            var writer = NewWriter(directory, analyzerName, exists ? OpenMode.APPEND : OpenMode.CREATE);
            try
            {
                var index = new LuceneProfileIndex(profile.Name, folder, analyzerName, directory, writer, needsRebuild: !exists);
                _ = index.DocumentCount; // reads every segment once: a damaged file fails here, not in a resident's search
                return index;
            }
            catch
            {
                writer.Dispose();
                throw;
            }
        }
        catch (Exception ex) when (exists && ex is not OutOfMemoryException)
        {
            logger.LogWarning(ex, "Search index {Folder} is unreadable; starting it again empty to rebuild from the database", folder);
            directory.Dispose();
            System.IO.Directory.Delete(folder, recursive: true);
            System.IO.Directory.CreateDirectory(folder);
            var fresh = FSDirectory.Open(folder);
            return new LuceneProfileIndex(profile.Name, folder, analyzerName, fresh, NewWriter(fresh, analyzerName, OpenMode.CREATE), needsRebuild: true);
        }
    }

    /// <summary>
    /// Makes what was written searchable at once (a near-real-time reader over the writer's
    /// buffers, no disk sync), with the cursor that describes it. The commit to disk follows in
    /// <see cref="CommitIfDue"/>: a crash before it loses only the cursor's progress since the
    /// last commit, and those tasks are simply applied again.
    /// </summary>
    public void Publish(IndexingCursor cursor)
    {
        Searchers.MaybeRefreshBlocking();
        Cursor = cursor;
        LastIndexedUtc = cursor.IndexedUtc;
        _dirty = true;
    }

    /// <summary>Writes the published changes and their cursor to disk when the last commit is older than <paramref name="interval"/> (or now, when forced).</summary>
    public void CommitIfDue(TimeSpan interval, bool force = false)
    {
        if (!_dirty || (!force && System.Diagnostics.Stopwatch.GetElapsedTime(_committedAt) < interval))
        {
            return;
        }

        Writer.SetCommitData(Cursor.ToCommitData());
        Writer.Commit();
        _committedAt = System.Diagnostics.Stopwatch.GetTimestamp();
        _dirty = false;
    }

    public T Search<T>(Func<IndexSearcher, T> search)
    {
        var searcher = Searchers.Acquire();
        try
        {
            return search(searcher);
        }
        finally
        {
            Searchers.Release(searcher);
        }
    }

    public void Dispose()
    {
        try
        {
            CommitIfDue(TimeSpan.Zero, force: true);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            // The writer failed or was rolled back; the last commit and its cursor stand.
        }

        Searchers.Dispose();
        try
        {
            Writer.Dispose();
        }
        catch (IOException)
        {
            // The folder went away under us (deleted by hand, or a test's shared data folder):
            // nothing is lost that the task log cannot give back; let go of the lock and files.
            Writer.Rollback();
        }

        _directory.Dispose();
    }

    private static IndexWriter NewWriter(FSDirectory directory, string analyzerName, OpenMode mode) =>
        new(directory, new IndexWriterConfig(SearchAnalyzers.Version, SearchAnalyzers.ForProfile(analyzerName))
        {
            OpenMode = mode,
            RAMBufferSizeMB = 64,
        });
}
