using System.Net;
using System.Net.Http.Headers;
using DurhamCms.Data;
using DurhamCms.Media.Models;
using DurhamCms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.MediaFiles;

/// <summary>One Durham site for a class of media tests (each test uses its own folder), with an Author (alice) and an Editor (erin); files over 200 KB are refused.</summary>
public sealed class MediaSite : IAsyncLifetime
{
    public const long Limit = 200_000;

    public TestSite Site { get; } = new(settings: new Dictionary<string, string?> { ["DurhamCms:Media:MaxFileBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public async Task InitializeAsync() => await Site.CreateCastAsync();

    public Task DisposeAsync() => Site.DisposeAsync().AsTask();

    public Task<MediaItem?> FindAsync(string path) =>
        Site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<MediaItem>().AsNoTracking().FirstOrDefaultAsync(m => m.Path == path));

    public Task<int> CountUnderAsync(string folder) =>
        Site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<MediaItem>().CountAsync(m => m.Path.StartsWith(folder + "/")));

    public string FileOnDisk(string path) => Path.Combine(Site.DataPath, "media", path);

    public static async Task<HttpResponseMessage> UploadAsync(SiteClient client, string folder, string fileName, byte[] content)
    {
        var token = SiteClient.AntiforgeryToken(await client.GetPageAsync("/admin/media"))!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(folder), "folder" },
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await client.Http.PostAsync(new Uri("/admin/media/upload", UriKind.Relative), form);
    }

    public static async Task<string> TextOf(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
}
