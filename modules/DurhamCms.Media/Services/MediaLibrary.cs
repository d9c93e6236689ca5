using System.Security.Cryptography;
using DurhamCms.AuditTrail;
using DurhamCms.Data;
using DurhamCms.Media.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DurhamCms.Media.Services;

/// <summary>Who is acting on the library: recorded as a file's owner and in the audit trail.</summary>
public sealed record MediaActor(string? UserId, string? UserName);

/// <summary>
/// The library's one way in, for the admin page and the media recipe step alike: every file is
/// checked by <see cref="MediaInspector"/> and images re-encoded by <see cref="ImageProcessor"/>
/// before a byte is stored; bytes go to the configured <see cref="IMediaFileStore"/>, the row to
/// MediaItem, the event to the audit trail.
/// </summary>
public sealed class MediaLibrary(DurhamDbContext db, IMediaFileStore store, IOptions<MediaOptions> options, TimeProvider clock, IEnumerable<IAuditTrail> audit)
{
    public const string AuditCategory = "Media";

    private readonly MediaOptions _options = options.Value;

    public long MaxFileBytes => _options.MaxFileBytes;

    public Task<MediaItem?> FindAsync(string path, CancellationToken cancellationToken = default) =>
        db.Set<MediaItem>().AsNoTracking().FirstOrDefaultAsync(m => m.Path == path, cancellationToken);

    public async Task<IReadOnlyList<MediaItem>> FindManyAsync(IReadOnlyCollection<string> paths)
    {
        if (paths.Count == 0)
        {
            return [];
        }

        return await db.Set<MediaItem>().AsNoTracking().Where(m => paths.Contains(m.Path)).ToListAsync();
    }

    /// <summary>Every file, by path (the field editor's list), at most <paramref name="max"/>.</summary>
    public async Task<IReadOnlyList<MediaItem>> AllAsync(int max = 1000) =>
        await db.Set<MediaItem>().AsNoTracking().OrderBy(m => m.Path).Take(max).ToListAsync();

    /// <summary>Files in a folder (or, with a search, anywhere whose path contains it), and the folders below it.</summary>
    public async Task<(IReadOnlyList<MediaItem> Files, IReadOnlyList<string> Folders)> ListAsync(string folder, string? search, int max = 500)
    {
        var items = db.Set<MediaItem>().AsNoTracking();
        List<MediaItem> files;
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToLowerInvariant();
#pragma warning disable CA1862 // EF translates ToLower().Contains to SQL on both databases; the StringComparison overload does not translate.
            files = await items.Where(m => m.Path.ToLower().Contains(term)).OrderBy(m => m.Path).Take(max).ToListAsync();
#pragma warning restore CA1862
        }
        else
        {
            files = await items.Where(m => m.Folder == folder).OrderBy(m => m.Name).Take(max).ToListAsync();
        }

        var prefix = folder.Length == 0 ? "" : folder + "/";
        var below = await items.Where(m => m.Folder.StartsWith(prefix) && m.Folder != folder).Select(m => m.Folder).Distinct().ToListAsync();
        var folders = below.Select(f => f[prefix.Length..].Split('/')[0]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(name => prefix + name).ToList();
        return (files, folders);
    }

    /// <summary>Reads at most the size limit from <paramref name="content"/> (counting as it goes: a longer stream is refused without reading it all), checks it and stores it.</summary>
    public async Task<MediaItem> UploadAsync(string? folder, string? fileName, Stream content, MediaActor actor, CancellationToken cancellationToken = default)
    {
        if (!MediaPaths.TryCombine(folder, fileName, out var path, out var problem))
        {
            throw new MediaRefusedException(problem);
        }

        var bytes = await ReadLimitedAsync(content, fileName!, cancellationToken);
        return await AddAsync(path, bytes, actor, cancellationToken: cancellationToken);
    }

    /// <summary>Checks and stores bytes already in memory (the recipe step), under a checked path.</summary>
    public async Task<MediaItem> AddAsync(string path, byte[] bytes, MediaActor actor, bool replace = false, CancellationToken cancellationToken = default)
    {
        var name = MediaPaths.NameOf(path);
        if (bytes.LongLength > _options.MaxFileBytes)
        {
            throw new MediaRefusedException(TooLarge(name));
        }

        var kind = MediaInspector.Identify(name, bytes);
        int? width = null, height = null;
        if (kind.IsImage)
        {
            var image = ImageProcessor.Normalize(name, bytes, kind, _options.MaxImagePixels);
            bytes = image.Content;
            (width, height) = (image.Width, image.Height);
            if (image.Kind != kind)
            {
                path = Path.ChangeExtension(path, image.Kind.Extensions[0]);
                kind = image.Kind;
            }
        }

        var existing = await db.Set<MediaItem>().FirstOrDefaultAsync(m => m.Path == path, cancellationToken);
        if (existing is not null && !replace)
        {
            throw new MediaRefusedException($"'{path}' is already in the library; delete or rename it first, or choose another name.");
        }

        var item = existing ?? new MediaItem { Path = path, CreatedUtc = clock.GetUtcNow().UtcDateTime, OwnerId = actor.UserId, OwnerName = actor.UserName };
        item.Folder = MediaPaths.FolderOf(path);
        item.Name = MediaPaths.NameOf(path);
        item.ContentType = kind.ContentType;
        item.Length = bytes.LongLength;
        item.Width = width;
        item.Height = height;
        item.Hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (existing is null)
        {
            db.Set<MediaItem>().Add(item);
        }
        else
        {
            await DeleteVariantsAsync(path, cancellationToken);
        }

        await store.WriteAsync(path, bytes, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await RecordAsync(existing is null ? "MediaUploaded" : "MediaReplaced", actor, $"{path} ({MediaSizes.Label(kind.ContentType, bytes.LongLength)})");
        return item;
    }

    public async Task MoveAsync(MediaItem item, string newPath, MediaActor actor, CancellationToken cancellationToken = default)
    {
        if (string.Equals(item.Path, newPath, StringComparison.Ordinal))
        {
            return;
        }

        if (MediaKind.ByExtension(newPath) != MediaKind.ByContentType(item.ContentType))
        {
            throw new MediaRefusedException($"'{MediaPaths.NameOf(newPath)}' must keep the extension of a {MediaKind.ByContentType(item.ContentType)?.Label} file ({MediaPaths.Extension(item.Path)}).");
        }

        if (await db.Set<MediaItem>().AnyAsync(m => m.Path == newPath, cancellationToken))
        {
            throw new MediaRefusedException($"'{newPath}' is already in the library; choose another name.");
        }

        var oldPath = item.Path;
        await DeleteVariantsAsync(oldPath, cancellationToken);
        await store.MoveAsync(oldPath, newPath, cancellationToken);
        await db.Set<MediaItem>().Where(m => m.Id == item.Id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Path, newPath).SetProperty(m => m.Folder, MediaPaths.FolderOf(newPath)).SetProperty(m => m.Name, MediaPaths.NameOf(newPath)), cancellationToken);
        await RecordAsync("MediaMoved", actor, $"{oldPath} -> {newPath}");
    }

    public async Task DeleteAsync(MediaItem item, MediaActor actor, string? usedBy, CancellationToken cancellationToken = default)
    {
        await DeleteVariantsAsync(item.Path, cancellationToken);
        await store.DeleteAsync(item.Path, cancellationToken);
        await db.Set<MediaItem>().Where(m => m.Id == item.Id).ExecuteDeleteAsync(cancellationToken);
        await RecordAsync("MediaDeleted", actor, usedBy is null ? item.Path : $"{item.Path} (was used by {usedBy})");
    }

    private async Task DeleteVariantsAsync(string path, CancellationToken cancellationToken)
    {
        foreach (var width in ImageWidths.All)
        {
            await store.DeleteAsync(MediaPaths.VariantPath(path, width), cancellationToken);
        }
    }

    private async Task<byte[]> ReadLimitedAsync(Stream content, string fileName, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > _options.MaxFileBytes)
            {
                throw new MediaRefusedException(TooLarge(fileName));
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private string TooLarge(string name) => $"'{name}' is larger than the limit of {MediaSizes.Describe(_options.MaxFileBytes)}; nothing was stored.";

    private async Task RecordAsync(string name, MediaActor actor, string details)
    {
        foreach (var trail in audit)
        {
            await trail.RecordAsync(new AuditEvent(AuditCategory, name) { UserName = actor.UserName, DisplayText = details.Length > 250 ? details[..250] : details, Details = details });
        }
    }
}
