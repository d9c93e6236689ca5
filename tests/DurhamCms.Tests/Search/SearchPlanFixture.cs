using DurhamCms.Tests.Infrastructure;

namespace DurhamCms.Tests.Search;

/// <summary>
/// One site for the relevance suite, which only reads: the seeded plan (initiative 3.11 and its
/// measure and update) and a generated plan of 200 initiatives with their measures and updates.
/// </summary>
public sealed class SearchPlanFixture : IAsyncLifetime
{
    public const int GeneratedInitiatives = 200;

    public TestSite Site { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Client = Site.CreateClient();
        await Site.ImportSamplePlanAsync(GeneratedInitiatives);
        await Site.WaitForSearchIndexAsync();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Site.DisposeAsync();
    }
}
