using System.Net;
using DurhamCms.Tests.Infrastructure;

namespace DurhamCms.Tests.Security;

/// <summary>/error/{code} answers only error statuses; "/error/0" used to send the status line "HTTP/1.1 0".</summary>
public sealed class ErrorStatusTests : IAsyncLifetime
{
    private readonly TestSite _site = new(new TestSiteOptions { SkipDurhamRecipe = true });

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    [Theory]
    [InlineData("/error/0", 404)]
    [InlineData("/error/200", 404)]
    [InlineData("/error/302", 404)]
    [InlineData("/error/399", 404)]
    [InlineData("/error/600", 404)]
    [InlineData("/error/99999", 404)]
    [InlineData("/error/400", 400)]
    [InlineData("/error/404", 404)]
    [InlineData("/error/599", 599)]
    [InlineData("/error", 500)]
    public async Task Only_codes_400_to_599_are_answered_with_their_own_status(string url, int expected)
    {
        using var client = _site.Client();
        using var response = await client.GetAsync(url);

        Assert.Equal((HttpStatusCode)expected, response.StatusCode);
    }
}
