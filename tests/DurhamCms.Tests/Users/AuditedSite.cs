using System.Collections.Concurrent;
using System.Net;
using DurhamCms.AuditTrail;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Users;

/// <summary>Keeps every audit event recorded, whatever the AuditTrail module does with them.</summary>
public sealed class RecordingAuditTrail : IAuditTrail
{
    public ConcurrentQueue<AuditEvent> Events { get; } = new();

    public Task RecordAsync(AuditEvent auditEvent)
    {
        Events.Enqueue(auditEvent);
        return Task.CompletedTask;
    }

    public AuditEvent Single(string name) => Events.Single(e => e.Name == name);
}

/// <summary>A test site whose audit events a test can read: the site, plus a recorder among its audit trails.</summary>
public sealed class AuditedSite : IAsyncDisposable
{
    private readonly TestSite _site = new();

    public AuditedSite()
    {
        Factory = _site.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IAuditTrail>(Audit)));
    }

    public RecordingAuditTrail Audit { get; } = new();

    public WebApplicationFactory<Program> Factory { get; }

    public SiteClient Client() => new(Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public async Task<SiteClient> SignInAsync(string userName, string password = TestUsers.Password)
    {
        var client = Client();
        using var response = await client.PostFormAsync("/login", [new("UserName", userName), new("Password", password)]);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Signing in as {userName} answered {(int)response.StatusCode}.");
        return client;
    }

    public Task<SiteClient> SignInAsAdminAsync() => SignInAsync("admin", "Test-admin-password-1");

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public async Task<string> CreateUserAsync(string userName, params string[] roles) => await InScopeAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<CmsUser>>();
        var user = new CmsUser { UserName = userName, Email = $"{userName}@example.test", EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, TestUsers.Password)).Succeeded);
        if (roles.Length > 0)
        {
            Assert.True((await users.AddToRolesAsync(user, roles)).Succeeded);
        }

        return user.Id;
    });

    public Task<CmsUser?> FindUserAsync(string userName) =>
        InScopeAsync(sp => sp.GetRequiredService<UserManager<CmsUser>>().FindByNameAsync(userName));

    public Task<IList<string>> RolesOfAsync(string userName) => InScopeAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<CmsUser>>();
        return await users.GetRolesAsync((await users.FindByNameAsync(userName))!);
    });

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _site.DisposeAsync();
    }
}
