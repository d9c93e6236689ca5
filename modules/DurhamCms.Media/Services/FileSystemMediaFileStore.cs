using DurhamCms.Data;

namespace DurhamCms.Media.Services;

/// <summary>
/// Files under <c>{DataPath}/media</c>. Writes wait for the database transaction to commit (a
/// recipe that fails leaves no file behind); with no transaction open they happen at once.
/// </summary>
public sealed class FileSystemMediaFileStore(SitePaths paths, IAfterCommit afterCommit) : IMediaFileStore
{
    private readonly string _root = Path.Combine(paths.DataPath, "media");

    public Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default)
    {
        var file = Resolve(path);
        return Task.FromResult<Stream?>(File.Exists(file)
            ? new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, useAsync: true)
            : null);
    }

    public Task WriteAsync(string path, byte[] content, CancellationToken cancellationToken = default) =>
        afterCommit.AfterCommitAsync(async () =>
        {
            var file = Resolve(path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);

            // Written beside, then moved over: a reader (another node on a shared disk) never sees half a file.
            var temporary = file + "." + Guid.NewGuid().ToString("n") + ".tmp";
            await File.WriteAllBytesAsync(temporary, content, CancellationToken.None);
            File.Move(temporary, file, overwrite: true);
        });

    public Task DeleteAsync(string path, CancellationToken cancellationToken = default) =>
        afterCommit.AfterCommitAsync(() =>
        {
            // File.Delete throws when the folder is missing (a resized copy never made); missing is what we want.
            var file = Resolve(path);
            if (File.Exists(file))
            {
                File.Delete(file);
            }

            return Task.CompletedTask;
        });

    public Task MoveAsync(string from, string to, CancellationToken cancellationToken = default) =>
        afterCommit.AfterCommitAsync(() =>
        {
            var target = Resolve(to);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(Resolve(from), target, overwrite: false);
            return Task.CompletedTask;
        });

    /// <summary>The path under the root, refused if it would leave it (paths are checked before; this is the last guard).</summary>
    private string Resolve(string path)
    {
        var full = Path.GetFullPath(Path.Combine(_root, path));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The media path '{path}' leaves the media folder.");
        }

        return full;
    }
}
