using DurhamCms.Data;
using DurhamCms.Documents;
using DurhamCms.Setup;
using DurhamCms.Tests.Search;
using DurhamCms.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Infrastructure;

/// <summary>A site copied from the run's template must be the site a fresh setup makes.</summary>
public sealed class SetUpSiteTemplateTests
{
    [Theory]
    [MemberData(nameof(TestSite.Databases), MemberType = typeof(TestSite))]
    [Trait(Category.Name, Category.PostgreSql)]
    public async Task A_site_from_the_template_holds_what_a_fresh_setup_holds_and_serves_it(string provider)
    {
        await using var fresh = new TestSite(new TestSiteOptions { Provider = provider, SetUpFromScratch = true });
        await using var copy = new TestSite(provider);
        await using var another = new TestSite(provider);

        var expected = await WhatTheSiteHoldsAsync(fresh);
        var actual = await WhatTheSiteHoldsAsync(copy);

        Assert.Equal(expected, actual);
        Assert.True(expected.Versions > 50 && expected.SearchDocuments > 20 && expected.Users == 1, expected.ToString());

        // Copies of one setup share its time; two setups never do. So the copy did not set itself up.
        Assert.Equal(await SetUpAtAsync(copy), await SetUpAtAsync(another));
        Assert.NotEqual(await SetUpAtAsync(fresh), await SetUpAtAsync(copy));

        // Nothing the copy keeps points back into the template's folder.
        var templateFolder = SetUpSiteTemplate.For(new TestSiteOptions { Provider = provider }).DataPath;
        Assert.NotEqual(templateFolder, copy.DataPath);
        Assert.All(Directory.GetFiles(copy.DataPath, "*", SearchOption.AllDirectories), file =>
            Assert.DoesNotContain(templateFolder, File.ReadAllText(file), StringComparison.Ordinal));

        using var client = await copy.SignInAsync("admin", TestSite.AdminPassword);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public void Only_a_site_whose_setup_cannot_differ_shares_the_template()
    {
        Assert.True(SetUpSiteTemplate.Fits(new TestSiteOptions()));
        Assert.True(SetUpSiteTemplate.Fits(new TestSiteOptions { Provider = TestSite.PostgreSql, SkipDurhamRecipe = true, Settings = new Dictionary<string, string?>() }));

        Assert.False(SetUpSiteTemplate.Fits(new TestSiteOptions { SetUpFromScratch = true }));
        Assert.False(SetUpSiteTemplate.Fits(new TestSiteOptions { Clock = TestSiteOptions.FakeClock() }));
        Assert.False(SetUpSiteTemplate.Fits(new TestSiteOptions { Modules = ["DurhamCms.Parts"] }));
        Assert.False(SetUpSiteTemplate.Fits(new TestSiteOptions { Services = _ => { } }));
        Assert.False(SetUpSiteTemplate.Fits(new TestSiteOptions { Settings = new Dictionary<string, string?> { ["DurhamCms:TimeZone"] = "UTC" } }));
    }

    private static async Task<DateTime> SetUpAtAsync(TestSite site) =>
        await site.InScopeAsync(async sp => (await sp.GetRequiredService<IDocumentStore>().FindAsync<SiteState>(SiteState.DocumentKey))!.SetupUtc);

    private static async Task<SiteHoldings> WhatTheSiteHoldsAsync(TestSite site)
    {
        await site.WaitForSearchIndexAsync();
        return await site.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DurhamDbContext>();
            var versions = await db.ContentItems.Select(r => new { r.ContentType, r.DisplayText, r.Published, r.Latest }).ToListAsync();
            return new SiteHoldings(
                versions.Count,
                await db.ContentItems.Select(r => r.ContentItemId).Distinct().CountAsync(),
                versions.Count(v => v.Published),
                string.Join("\n", versions.Select(v => $"{v.ContentType}|{v.DisplayText}|{v.Published}|{v.Latest}").Order(StringComparer.Ordinal)),
                string.Join("\n", (await db.Documents.Select(d => d.Key).ToListAsync()).Order(StringComparer.Ordinal)),
                await db.Set<CmsUser>().CountAsync(),
                site.SearchDocumentCount());
        });
    }

    private sealed record SiteHoldings(int Versions, int Items, int Published, string EachVersion, string Documents, int Users, int SearchDocuments);
}
