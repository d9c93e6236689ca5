using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using DurhamCms.Media.Services;

namespace DurhamCms.Media.Controllers;

/// <summary>
/// Holds an upload to the configured size before anything reads its body: a declared length over
/// the limit is refused at once, and an undeclared (chunked) body is read, with the antiforgery
/// check's form, only up to the limit; Kestrel's own request limit is lowered to match. Runs
/// before every other filter (antiforgery reads the whole form).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class MediaUploadLimitAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>Room for the form's other fields and the multipart boundaries around the file.</summary>
    private const long FormOverhead = 64 * 1024;

    public int Order => int.MinValue + 100;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var limit = http.RequestServices.GetRequiredService<IOptions<MediaOptions>>().Value.MaxFileBytes;
        var bodyLimit = limit + FormOverhead;
        if (http.Request.ContentLength > bodyLimit)
        {
            context.Result = TooLarge(limit);
            return;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = bodyLimit;
        }

        http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions
        {
            MultipartBodyLengthLimit = bodyLimit,
            MultipartBoundaryLengthLimit = 128,
            ValueCountLimit = 64,
        }));
        if (!http.Request.HasFormContentType)
        {
            return;
        }

        try
        {
            await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (InvalidDataException)
        {
            context.Result = TooLarge(limit);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            context.Result = TooLarge(limit);
        }
    }

    private static ContentResult TooLarge(long limit) => new()
    {
        StatusCode = StatusCodes.Status413PayloadTooLarge,
        ContentType = "text/html; charset=utf-8",
        Content = $"<!DOCTYPE html><html lang=\"en\"><title>Upload too large</title><h1>Upload too large</h1><p>The upload is larger than the limit of {MediaSizes.Describe(limit)} per file; nothing was stored.</p><p><a href=\"{MediaUrls.Library}\">Back to the media library</a></p></html>",
    };
}
