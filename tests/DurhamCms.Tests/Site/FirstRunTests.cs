using System.Net;
using DurhamCms.Data;
using Microsoft.AspNetCore.DataProtection;
using DurhamCms.Setup;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Site;

public sealed class FirstRunTests
{
    private static readonly string[] Priorities =
    [
        "Shared Economic Prosperity",
        "Create a Safer Community Together",
        "Connected, Engaged, and Inclusive Communities",
        "Innovative and High Performing Organization",
        "Thriving and Vibrant Environment",
    ];

    [Theory]
    [MemberData(nameof(TestSite.Databases), MemberType = typeof(TestSite))]
    [Trait(Category.Name, Category.PostgreSql)]
    public async Task A_host_on_an_empty_data_path_sets_up_and_names_the_five_priorities(string database)
    {
        await using var site = new TestSite(new TestSiteOptions { Provider = database, SetUpFromScratch = true });
        var client = site.CreateClient();

        var health = await client.GetAsync("/health");
        var home = await client.GetStringAsync("/");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        foreach (var priority in Priorities)
        {
            Assert.Contains(WebUtility.HtmlEncode(priority), home, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_restart_does_not_set_up_again()
    {
        await using var first = new TestSite { KeepData = true };
        var (setupUtc, items) = await first.InScopeAsync(async sp =>
            ((await sp.GetRequiredService<DurhamCms.Documents.IDocumentStore>().FindAsync<SiteState>(SiteState.DocumentKey))!.SetupUtc,
             await sp.GetRequiredService<DurhamDbContext>().ContentItems.CountAsync()));
        await first.DisposeAsync();

        await using var second = first.Restart();
        second.KeepData = false;
        var (setupAgain, itemsAgain, admins) = await second.InScopeAsync(async sp =>
            ((await sp.GetRequiredService<DurhamCms.Documents.IDocumentStore>().FindAsync<SiteState>(SiteState.DocumentKey))!.SetupUtc,
             await sp.GetRequiredService<DurhamDbContext>().ContentItems.CountAsync(),
             await sp.GetRequiredService<DurhamDbContext>().Set<CmsUser>().CountAsync()));

        Assert.Equal(setupUtc, setupAgain);
        Assert.Equal(items, itemsAgain);
        Assert.Equal(1, admins);
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public async Task A_generated_admin_password_is_written_once_readable_only_by_its_owner()
    {
        await using var site = new TestSite(settings: new Dictionary<string, string?> { ["DurhamCms:Setup:AdminPassword"] = "" });
        _ = site.Services;

        var file = Path.Combine(site.DataPath, SiteSetup.PasswordFileName);
        Assert.True(File.Exists(file));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        var lines = await File.ReadAllLinesAsync(file);
        Assert.Equal("admin", lines[0]);
        Assert.True(lines[1].Length >= 20);
    }

    [Fact]
    public async Task Data_protection_keys_are_kept_in_the_data_path_so_cookies_survive_a_restart()
    {
        await using var site = new TestSite();
        var protector = site.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");

        var secret = protector.Protect("kept");

        Assert.NotEmpty(Directory.GetFiles(Path.Combine(site.DataPath, "keys"), "key-*.xml"));
        await using var restarted = site.Restart();
        site.KeepData = true;
        Assert.Equal("kept", restarted.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(secret));
    }

    [Fact]
    public async Task A_routed_item_renders_at_its_path_and_an_unknown_path_is_a_friendly_404()
    {
        await using var site = new TestSite();
        var client = site.CreateClient();

        var priority = await client.GetAsync("/priorities/shared-economic-prosperity");
        var missing = await client.GetAsync("/priorities/no-such-priority");

        Assert.Equal(HttpStatusCode.OK, priority.StatusCode);
        Assert.Contains("<h1>Shared Economic Prosperity</h1>", await priority.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var body = await missing.Content.ReadAsStringAsync();
        Assert.Contains("Page not found", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }
}
