using System.Net;
using DurhamCms.AuditTrail.Models;
using DurhamCms.Data;
using DurhamCms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.MediaFiles;

/// <summary>The admin library: uploads checked by content, served with ETags, resized to fixed widths, per-role changes, audited.</summary>
[Trait(Category.Name, Category.Slow)]
public sealed class MediaUploadTests(MediaSite media) : IClassFixture<MediaSite>
{
    [Fact]
    public async Task An_author_uploads_a_photo_and_every_request_gets_it_with_an_etag_and_a_long_cache()
    {
        using var alice = await media.Site.SignInAsync("alice");
        using var upload = await MediaSite.UploadAsync(alice, "served", "park.jpg", MediaSamples.Image(800, 600));
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);

        using var anonymous = media.Site.Client();
        using var first = await anonymous.GetAsync("/media/served/park.jpg");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("image/jpeg", first.Content.Headers.ContentType?.MediaType);
        Assert.Contains("max-age=2592000", first.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/media/served/park.jpg");
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await anonymous.Http.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        var stored = await media.FindAsync("served/park.jpg");
        Assert.Equal(("alice", 800, 600), (stored!.OwnerName, stored.Width, stored.Height));
        Assert.Equal($"\"{stored.Hash[..32]}\"", etag.Tag);
    }

    [Fact]
    public async Task A_phone_photo_loses_its_gps_data_and_is_stored_upright()
    {
        using var alice = await media.Site.SignInAsync("alice");
        var photo = MediaSamples.PhoneJpeg(40, 20);
        Assert.True(MediaSamples.HasExif(photo));

        using var upload = await MediaSite.UploadAsync(alice, "phone", "meeting.jpg", photo);
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);

        var stored = await File.ReadAllBytesAsync(media.FileOnDisk("phone/meeting.jpg"));
        Assert.False(MediaSamples.HasExif(stored));
        Assert.Equal((20, 40), MediaSamples.SizeOf(stored));
    }

    public static TheoryData<string, string, byte[], string> HostileFiles => new()
    {
        { "html", "report.jpg", MediaSamples.Html, "is HTML or XML, not a JPEG file" },
        { "polyglot", "logo.gif", MediaSamples.Polyglot, "10799 × 12605 pixels" },
        { "polyglot-html", "pixel.gif", MediaSamples.SmallPolyglot, "'pixel.gif' could not be" },
        { "traversal", "../../../etc/escape.jpg", MediaSamples.Image(10, 10), "contains a folder separator" },
        { "svg", "logo.svg", MediaSamples.SvgWithScript, "SVG is refused" },
        { "bomb", "huge.jpg", MediaSamples.DecompressionBomb(), "60000 × 60000 pixels" },
        { "renamed", "data.pdf", MediaSamples.Png(10, 10), "holds a PNG file but is named as a PDF file" },
    };

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public async Task A_hostile_upload_is_refused_with_a_message_saying_why_and_nothing_is_stored(string folder, string fileName, byte[] content, string expected)
    {
        using var alice = await media.Site.SignInAsync("alice");

        using var response = await MediaSite.UploadAsync(alice, "hostile-" + folder, fileName, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await MediaSite.TextOf(response), StringComparison.Ordinal);
        Assert.Equal(0, await media.CountUnderAsync("hostile-" + folder));
        Assert.False(Directory.Exists(media.FileOnDisk("hostile-" + folder)));
        Assert.False(File.Exists(Path.Combine(media.Site.DataPath, "etc", "escape.jpg")));
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413_and_nothing_stored()
    {
        using var alice = await media.Site.SignInAsync("alice");

        using var response = await MediaSite.UploadAsync(alice, "oversized", "annual.pdf", MediaSamples.Pdf((int)MediaSite.Limit * 5));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than the limit", await MediaSite.TextOf(response), StringComparison.Ordinal);
        Assert.Equal(0, await media.CountUnderAsync("oversized"));
    }

    [Fact]
    public async Task A_body_without_a_declared_length_is_cut_off_at_the_limit_not_read_to_its_end()
    {
        using var alice = await media.Site.SignInAsync("alice");
        var token = SiteClient.AntiforgeryToken(await alice.GetPageAsync("/admin/media"))!;
        var body = new CountingContent(token, 20 * 1024 * 1024);
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("multipart/form-data") { Parameters = { new("boundary", "b") } };

        using var response = await alice.Http.PostAsync(new Uri("/admin/media/upload", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True(body.Sent < 4 * 1024 * 1024, $"{body.Sent} bytes of 20 MB were read before the refusal.");
        Assert.Equal(0, await media.CountUnderAsync("chunked"));
    }

    [Fact]
    public async Task Images_are_served_at_the_fixed_width_at_or_above_the_one_asked_and_kept_in_the_store()
    {
        using var erin = await media.Site.SignInAsync("erin");
        using var upload = await MediaSite.UploadAsync(erin, "sizes", "chart.png", MediaSamples.Png(1000, 500));
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        using var anonymous = media.Site.Client();

        using var resized = await anonymous.GetAsync("/media/sizes/chart.png?width=500");
        Assert.Equal(HttpStatusCode.OK, resized.StatusCode);
        Assert.Equal((640, 320), MediaSamples.SizeOf(await resized.Content.ReadAsByteArrayAsync()));
        Assert.EndsWith("-w640\"", resized.Headers.ETag!.Tag, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(media.Site.DataPath, "media", "_variants", "w640", "sizes", "chart.png")));

        using var huge = await anonymous.GetAsync("/media/sizes/chart.png?width=100000");
        Assert.Equal((1000, 500), MediaSamples.SizeOf(await huge.Content.ReadAsByteArrayAsync()));

        using var nonsense = await anonymous.GetAsync("/media/sizes/chart.png?width=12abc");
        Assert.Equal(HttpStatusCode.BadRequest, nonsense.StatusCode);
        Assert.False(Directory.Exists(Path.Combine(media.Site.DataPath, "media", "_variants", "w100000")));
    }

    [Fact]
    public async Task An_author_may_not_delete_an_editors_file_an_editor_may_delete_an_authors_and_both_are_audited()
    {
        using var alice = await media.Site.SignInAsync("alice");
        using var erin = await media.Site.SignInAsync("erin");
        (await MediaSite.UploadAsync(erin, "roles", "erin.png", MediaSamples.Png(20, 20))).Dispose();
        (await MediaSite.UploadAsync(alice, "roles", "alice.png", MediaSamples.Png(20, 20))).Dispose();

        using var refused = await alice.PostFormAsync("/admin/media", [new("path", "roles/erin.png")], "/admin/media/delete");
        Assert.True(refused.StatusCode == HttpStatusCode.Forbidden || refused.Headers.Location?.OriginalString.Contains("access-denied", StringComparison.Ordinal) == true,
            $"{(int)refused.StatusCode} {refused.Headers.Location}");
        Assert.NotNull(await media.FindAsync("roles/erin.png"));

        using var deleted = await erin.PostFormAsync("/admin/media", [new("path", "roles/alice.png")], "/admin/media/delete");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Null(await media.FindAsync("roles/alice.png"));
        Assert.False(File.Exists(media.FileOnDisk("roles/alice.png")));

        var events = await media.Site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<AuditTrailEvent>()
            .Where(e => e.Category == "Media").Select(e => e.Name + " " + e.UserName + " " + e.DisplayText).ToListAsync());
        Assert.Contains(events, e => e.StartsWith("MediaUploaded alice roles/alice.png", StringComparison.Ordinal));
        Assert.Contains(events, e => e.StartsWith("MediaDeleted erin roles/alice.png", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_library_page_lists_folders_and_finds_files_by_name()
    {
        using var alice = await media.Site.SignInAsync("alice");
        (await MediaSite.UploadAsync(alice, "browse/2025", "ribbon-cutting.png", MediaSamples.Png(30, 30))).Dispose();

        var top = await alice.GetPageAsync("/admin/media?folder=browse");
        Assert.Contains("href=\"/admin/media?folder=browse%2F2025\"", top, StringComparison.Ordinal);
        var found = await alice.GetPageAsync("/admin/media?q=RIBBON");
        Assert.Contains("browse/2025/ribbon-cutting.png", found, StringComparison.Ordinal);
        Assert.Contains("<label for=\"media-upload-file\">", found, StringComparison.Ordinal);
    }

    /// <summary>A multipart body of unknown length (sent chunked) that counts how much of it the server pulled.</summary>
    private sealed class CountingContent(string token, long size) : HttpContent
    {
        public long Sent { get; private set; }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var head = System.Text.Encoding.ASCII.GetBytes(
                "--b\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n" + token + "\r\n" +
                "--b\r\nContent-Disposition: form-data; name=\"folder\"\r\n\r\nchunked\r\n" +
                "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n");
            await stream.WriteAsync(head);
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)'A');
            while (Sent < size)
            {
                await stream.WriteAsync(chunk);
                Sent += chunk.Length;
            }

            await stream.WriteAsync("\r\n--b--\r\n"u8.ToArray());
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
