using System.Net;
using DurhamCms.Documents;
using DurhamCms.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Cluster;

public sealed class DocumentConflictPageTests
{
    [Fact]
    public async Task A_document_conflict_that_reaches_a_request_answers_409_with_a_page_that_says_nothing_was_saved()
    {
        await using var site = new TestSite(new TestSiteOptions
        {
            SkipDurhamRecipe = true,
            Services = services => services.AddMvcCore().AddApplicationPart(typeof(ConflictingSaveController).Assembly),
        });
        var client = site.CreateClient();

        using var response = await client.GetAsync(new Uri("/test/conflicting-save", UriKind.Relative));
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Someone else saved", page, StringComparison.Ordinal);
        Assert.Contains("Your changes were not saved", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Something went wrong", page, StringComparison.Ordinal);
    }
}

/// <summary>Stands for any admin save that lost the race to another node's save of the same document.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ConflictingSaveController : Controller
{
    [HttpGet("test/conflicting-save")]
    public IActionResult Save() => throw new DocumentConflictException("SiteSettings", null);
}
