using System.Net;
using DurhamCms.Media.Services;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.MediaFiles;

/// <summary>The database store: two nodes on one database and no shared disk serve the same file, the same resized copy and the same ETag.</summary>
[Trait(Category.Name, Category.PostgreSql)]
public sealed class MediaDatabaseStoreTests
{
    [Theory]
    [MemberData(nameof(TestSite.Databases), MemberType = typeof(TestSite))]
    public async Task Two_nodes_sharing_only_the_database_serve_the_same_file_and_resized_copy(string provider)
    {
        var settings = new Dictionary<string, string?> { ["DurhamCms:Media:Store"] = "Database" };
        await using var first = new TestSite(new TestSiteOptions { Provider = provider, Modules = ["DurhamCms.Media"], SkipDurhamRecipe = true, Settings = settings }) { KeepData = true };
        await first.InScopeAsync(sp => sp.GetRequiredService<MediaLibrary>().AddAsync("nodes/map.png", MediaSamples.Png(1000, 800), new MediaActor(null, "test")));
        using var firstClient = first.Client();
        using var original = await firstClient.GetAsync("/media/nodes/map.png");
        using var resized = await firstClient.GetAsync("/media/nodes/map.png?width=300");
        var resizedBytes = await resized.Content.ReadAsByteArrayAsync();
        Assert.False(Directory.Exists(Path.Combine(first.DataPath, "media")), "The database store wrote to the data folder.");

        await using var second = first.Restart(settings);
        second.KeepData = false; // The last host of the data removes it.
        using var secondClient = second.Client();
        using var again = await secondClient.GetAsync("/media/nodes/map.png");
        using var againResized = await secondClient.GetAsync("/media/nodes/map.png?width=300");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(original.Headers.ETag, again.Headers.ETag);
        Assert.Equal(await original.Content.ReadAsByteArrayAsync(), await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(resized.Headers.ETag, againResized.Headers.ETag);
        Assert.Equal(resizedBytes, await againResized.Content.ReadAsByteArrayAsync());
        Assert.Equal((320, 256), MediaSamples.SizeOf(resizedBytes));
    }
}
