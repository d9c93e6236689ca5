using System.Net;
using DurhamCms.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace DurhamCms.Tests.Cluster;

/// <summary>
/// Behind a load balancer without sticky sessions every other click lands on another node: the
/// cookie and the form token one node issued must be good on the next.
/// </summary>
public sealed class SharedKeyRingTests
{
    [Fact]
    [Trait(Category.Name, Category.PostgreSql)]
    [Trait(Category.Name, Category.Slow)]
    public async Task A_sign_in_cookie_and_a_form_token_from_node_A_are_accepted_by_node_B()
    {
        await using var cluster = new SharedDatabase();
        var a = cluster.AddNode("a");
        var b = cluster.AddNode("b");
        a.CreateClient().Dispose();
        var cookies = new CookieContainer();
        using var onA = new SiteClient(a.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies)));
        using var onB = new SiteClient(b.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies)));

        using var signIn = await onA.PostFormAsync("/login", [new("UserName", "admin"), new("Password", TestSite.AdminPassword)]);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        using var adminOnB = await onB.GetAsync("/admin");
        var formOnA = await onA.GetPageAsync("/admin/account/password");
        using var postOnB = await onB.PostWithTokenAsync(
            "/admin/account/password",
            [new("CurrentPassword", "not-the-password"), new("NewPassword", "Another-password-123"), new("ConfirmPassword", "Another-password-123")],
            SiteClient.AntiforgeryToken(formOnA));

        Assert.Equal(HttpStatusCode.OK, adminOnB.StatusCode);
        Assert.NotEqual(HttpStatusCode.BadRequest, postOnB.StatusCode);
        Assert.False(postOnB.Headers.Location?.OriginalString.Contains("login", StringComparison.OrdinalIgnoreCase) == true, "node B signed the admin out");
    }
}
