using DurhamCms.Data;
using DurhamCms.Media.Models;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Media.Services;

/// <summary>
/// Files as rows of MediaContent, in the site's database and its transaction: every node sharing
/// the database serves the same bytes with no shared disk, and a failed recipe leaves none.
/// </summary>
public sealed class DatabaseMediaFileStore(DurhamDbContext db) : IMediaFileStore
{
    public async Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var content = await db.Set<MediaContent>().AsNoTracking().Where(c => c.Path == path).Select(c => c.Content).FirstOrDefaultAsync(cancellationToken);
        return content is null ? null : new MemoryStream(content, writable: false);
    }

    public async Task WriteAsync(string path, byte[] content, CancellationToken cancellationToken = default)
    {
        var set = db.Set<MediaContent>();
        var existing = await set.FirstOrDefaultAsync(c => c.Path == path, cancellationToken);
        if (existing is null)
        {
            set.Add(new MediaContent { Path = path, Content = content });
        }
        else
        {
            existing.Content = content;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public Task DeleteAsync(string path, CancellationToken cancellationToken = default) =>
        db.Set<MediaContent>().Where(c => c.Path == path).ExecuteDeleteAsync(cancellationToken);

    public Task MoveAsync(string from, string to, CancellationToken cancellationToken = default) =>
        db.Set<MediaContent>().Where(c => c.Path == from).ExecuteUpdateAsync(s => s.SetProperty(c => c.Path, to), cancellationToken);
}
