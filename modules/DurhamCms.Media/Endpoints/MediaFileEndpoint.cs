using System.Globalization;
using DurhamCms.Media.Models;
using DurhamCms.Media.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DurhamCms.Media.Endpoints;

/// <summary>
/// <c>GET /media/{path}[?width=N]</c>: a library file, or an image narrowed to the fixed width at
/// or above N (<see cref="ImageWidths"/>), resized once and kept in the store. The ETag is the
/// stored file's hash (and the width), the same from every node; a matching If-None-Match gets 304.
/// </summary>
public static class MediaFileEndpoint
{
    public static IEndpointRouteBuilder MapMediaFiles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/media/{**path}", [HttpMethods.Get, HttpMethods.Head], ServeAsync);
        return endpoints;
    }

    private static async Task<IResult> ServeAsync(string? path, HttpContext http, MediaLibrary library, IMediaFileStore store,
        ImageResizeGate gate, IOptions<MediaOptions> options)
    {
        if (!MediaPaths.TryNormalizePath(path, out var normalized, out _) || await library.FindAsync(normalized, http.RequestAborted) is not { } item)
        {
            return TypedResults.NotFound();
        }

        var width = 0;
        if (http.Request.Query["width"] is { Count: > 0 } requested)
        {
            if (!int.TryParse(requested.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var asked) || asked < 1)
            {
                return TypedResults.Problem($"width must be a whole number of pixels; the sizes served are {string.Join(", ", ImageWidths.All)}.", statusCode: StatusCodes.Status400BadRequest);
            }

            width = item.IsImage ? ImageWidths.Fit(asked) : 0;
            if (item.Width is { } original && width >= original)
            {
                width = 0;
            }
        }

        var etag = width == 0 ? $"\"{item.Hash[..32]}\"" : $"\"{item.Hash[..32]}-w{width}\"";
        var headers = http.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = $"public, max-age={options.Value.CacheMaxAgeDays * 86400}";
        if (http.Request.Headers.IfNoneMatch.Contains(etag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        if (!item.IsImage && item.ContentType != MediaKind.Pdf.ContentType)
        {
            headers.ContentDisposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("attachment") { FileNameStar = item.Name }.ToString();
        }

        if (width == 0)
        {
            var stream = await store.OpenReadAsync(item.Path, http.RequestAborted);
            return stream is null ? TypedResults.NotFound() : TypedResults.Stream(stream, item.ContentType);
        }

        var variant = await gate.GetOrCreateAsync(store, item, width, http.RequestAborted);
        return variant is null ? TypedResults.NotFound() : TypedResults.Bytes(variant, item.ContentType);
    }
}

/// <summary>
/// Resized copies: read from the store when made before (by this node or another), otherwise made
/// here, at most <see cref="MediaOptions.MaxConcurrentResizes"/> at once per node, and written back.
/// Two nodes making the same copy at once write the same bytes; the last write wins harmlessly.
/// </summary>
public sealed class ImageResizeGate(IOptions<MediaOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.MaxConcurrentResizes));

    public async Task<byte[]?> GetOrCreateAsync(IMediaFileStore store, MediaItem item, int width, CancellationToken cancellationToken)
    {
        var variantPath = MediaPaths.VariantPath(item.Path, width);
        if (await ReadAsync(store, variantPath, cancellationToken) is { } cached)
        {
            return cached;
        }

        await _slots.WaitAsync(cancellationToken);
        try
        {
            // Made by a request that held the slot before this one?
            if (await ReadAsync(store, variantPath, cancellationToken) is { } made)
            {
                return made;
            }

            if (await ReadAsync(store, item.Path, cancellationToken) is not { } original)
            {
                return null;
            }

            var kind = MediaKind.ByContentType(item.ContentType) ?? MediaKind.Png;
            var resized = ImageProcessor.Resize(original, kind, width, options.Value.MaxImagePixels);
            await store.WriteAsync(variantPath, resized, CancellationToken.None);
            return resized;
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose() => _slots.Dispose();

    private static async Task<byte[]?> ReadAsync(IMediaFileStore store, string path, CancellationToken cancellationToken)
    {
        await using var stream = await store.OpenReadAsync(path, cancellationToken);
        if (stream is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
