using System.Net;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Users;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Users;

/// <summary>
/// Identity is the Users module's, not the kernel's: a host without it starts, sets up with no
/// administrator, shows its public pages, and answers admin pages "not found" (nobody can sign in)
/// rather than with an error; modules asking about users hear "nobody".
/// </summary>
public sealed class NoUsersSiteTests
{
    [Fact]
    public async Task A_host_without_the_Users_module_starts_and_its_admin_pages_are_not_found()
    {
        await using var site = new TestSite(new TestSiteOptions
        {
            Modules = ["DurhamCms.StrategicPlan", "DurhamCms.Workflows", "DurhamCms.AuditTrail"],
            SkipDurhamRecipe = true,
        });
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        Assert.Equal("Healthy", await client.GetStringAsync(new Uri("/health", UriKind.Relative)));
        foreach (var path in new[] { "/admin", "/admin/contents", "/login" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
        }

        Assert.Empty(await site.InScopeAsync(sp => sp.GetRequiredService<IUserDirectory>().ListAsync()));
    }
}
