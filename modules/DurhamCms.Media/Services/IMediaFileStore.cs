namespace DurhamCms.Media.Services;

/// <summary>
/// Where the library's bytes live: a folder in the data path, or the database. Paths are library
/// paths (already checked by <see cref="MediaPaths"/>) or a resized copy's
/// (<see cref="MediaPaths.VariantPath"/>). Writes replace.
/// </summary>
public interface IMediaFileStore
{
    Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default);

    Task WriteAsync(string path, byte[] content, CancellationToken cancellationToken = default);

    Task DeleteAsync(string path, CancellationToken cancellationToken = default);

    Task MoveAsync(string from, string to, CancellationToken cancellationToken = default);
}
