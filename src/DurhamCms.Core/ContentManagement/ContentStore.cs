using DurhamCms.Data;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.ContentManagement;

/// <summary>Reads and writes version rows and their index rows. Callers hold the transaction.</summary>
internal sealed class ContentStore(DurhamDbContext db, IEnumerable<IContentIndexProvider> indexProviders)
{
    private readonly IReadOnlyList<IContentIndexProvider> _providers = indexProviders.ToList();

    public IQueryable<ContentItemRecord> Query() => db.ContentItems.AsNoTracking();

    public static ContentItem ToItem(ContentItemRecord record) => ToItem(record.Content, record.Stamp);

    public static ContentItem ToItem(string content, long stamp)
    {
        var item = ContentItem.FromJson(content);
        item.VersionStamp = stamp;
        return item;
    }

    public async Task<ContentItem?> FirstAsync(IQueryable<ContentItemRecord> query)
    {
        var record = await query.OrderByDescending(r => r.Id).FirstOrDefaultAsync();
        return record is null ? null : ToItem(record);
    }

    public async Task<IReadOnlyList<ContentItem>> ListAsync(IQueryable<ContentItemRecord> query) =>
        (await query.OrderBy(r => r.Id).ToListAsync()).Select(ToItem).ToList();

    /// <summary>As <see cref="FirstAsync"/>, the stored text only: for <see cref="Caching.PublishedReads"/> to keep.</summary>
    public Task<StoredVersion?> FirstStoredAsync(IQueryable<ContentItemRecord> query) =>
        query.OrderByDescending(r => r.Id).Select(r => new StoredVersion(r.ContentItemId, r.Content, r.Stamp)).FirstOrDefaultAsync();

    /// <summary>As <see cref="ListAsync"/>, the stored text only.</summary>
    public async Task<IReadOnlyList<StoredVersion>> ListStoredAsync(IQueryable<ContentItemRecord> query) =>
        await query.OrderBy(r => r.Id).Select(r => new StoredVersion(r.ContentItemId, r.Content, r.Stamp)).ToListAsync();

    public async Task InsertAsync(ContentItem item)
    {
        var record = new ContentItemRecord { Stamp = 1 };
        Copy(item, record);

        // The row's key is a temporary value until the insert; index rows carry it as their
        // DocumentId and EF replaces it with the real key, so both go in one SaveChanges.
        var temporaryId = db.ContentItems.Add(record).Property(r => r.Id).CurrentValue;
        await WriteIndexesAsync(temporaryId, item, isNew: true);
        item.VersionStamp = record.Stamp;
    }

    /// <summary>Writes a stored version, refusing if its row changed since <see cref="ContentItem.VersionStamp"/>.</summary>
    public async Task UpdateAsync(ContentItem item)
    {
        var record = await db.ContentItems.FirstOrDefaultAsync(r => r.ContentItemVersionId == item.ContentItemVersionId)
            ?? throw new InvalidOperationException($"Version {item.ContentItemVersionId} of {item.ContentItemId} is not stored; create or import it instead.");
        if (record.Stamp != item.VersionStamp)
        {
            throw new ContentConflictException(item.ContentItemId, item.ContentItemVersionId);
        }

        Copy(item, record);

        // The row is compared with the stamp the caller read, so a write that slipped in
        // between our read and this save is caught by the database, not only by the check above.
        db.Entry(record).Property(r => r.Stamp).OriginalValue = item.VersionStamp;
        record.Stamp = item.VersionStamp + 1;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            // Only this row is dropped: others tracked in the caller's transaction stay as they are.
            db.Entry(record).State = EntityState.Detached;
            throw new ContentConflictException(item.ContentItemId, item.ContentItemVersionId);
        }

        await WriteIndexesAsync(record.Id, item, isNew: false);
        item.VersionStamp = record.Stamp;
    }

    /// <summary>Changes the Latest/Published flags of other versions, keeping their documents in step.</summary>
    public async Task<List<ContentItem>> SetFlagsAsync(IQueryable<ContentItemRecord> versions, bool? latest, bool? published)
    {
        var changed = new List<ContentItem>();
        foreach (var record in await versions.ToListAsync())
        {
            var item = ToItem(record);
            item.Latest = latest ?? item.Latest;
            item.Published = published ?? item.Published;
            await UpdateAsync(item);
            changed.Add(item);
        }

        return changed;
    }

    private async Task WriteIndexesAsync(long documentId, ContentItem item, bool isNew)
    {
        var written = false;
        foreach (var registration in db.Indexes)
        {
            var rows = _providers.Where(p => p.IndexType == registration.IndexType)
                .SelectMany(p => p.Map(item))
                .ToList();
            if (isNew && rows.Count == 0)
            {
                continue;
            }

            written = true;
            foreach (var row in rows)
            {
                row.ContentItemId = item.ContentItemId;
                row.Latest = item.Latest;
                row.Published = item.Published;
            }

            await registration.RewriteAsync(db, documentId, isNew, rows);
        }

        if (isNew && db.WritesDeferred)
        {
            db.DeferredWrite();
        }
        else if (written || isNew)
        {
            await db.SaveChangesAsync();
        }
    }

    private static void Copy(ContentItem item, ContentItemRecord record)
    {
        record.ContentItemId = item.ContentItemId;
        record.ContentItemVersionId = item.ContentItemVersionId;
        record.ContentType = item.ContentType;
        record.DisplayText = item.DisplayText;
        record.Latest = item.Latest;
        record.Published = item.Published;
        record.CreatedUtc = item.CreatedUtc;
        record.ModifiedUtc = item.ModifiedUtc;
        record.PublishedUtc = item.PublishedUtc;
        record.Owner = item.Owner;
        record.Author = item.Author;
        record.Content = item.ToJsonString();
    }
}

/// <summary>A version as stored, safe to share between requests: each reader makes its own item of it.</summary>
internal sealed record StoredVersion(string ContentItemId, string Content, long Stamp)
{
    public ContentItem ToItem() => ContentStore.ToItem(Content, Stamp);

    public static long SizeOf(StoredVersion? version) => Caching.PublishedReads.SizeOf(version?.Content);
}
