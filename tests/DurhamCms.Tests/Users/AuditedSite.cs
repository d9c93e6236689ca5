using System.Collections.Concurrent;
using DurhamCms.AuditTrail;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Users;
using Microsoft.AspNetCore.Identity;
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

/// <summary>A test site whose audit events a test can read: a TestSite with a recorder among its audit trails.</summary>
public sealed class AuditedSite : IAsyncDisposable
{
    public AuditedSite() => Site = new TestSite(new TestSiteOptions { Services = s => s.AddSingleton<IAuditTrail>(Audit) });

    public RecordingAuditTrail Audit { get; } = new();

    public TestSite Site { get; }

    public SiteClient Client() => Site.Client();

    public Task<SiteClient> SignInAsync(string userName, string password = TestUsers.Password) => Site.SignInAsync(userName, password);

    public Task<SiteClient> SignInAsAdminAsync() => Site.SignInAsync("admin", TestSite.AdminPassword);

    public Task CreateUserAsync(string userName, params string[] roles) => Site.CreateUserAsync(userName, roles);

    public Task<CmsUser?> FindUserAsync(string userName) =>
        Site.InScopeAsync(sp => sp.GetRequiredService<UserManager<CmsUser>>().FindByNameAsync(userName));

    public Task<IList<string>> RolesOfAsync(string userName) => Site.InScopeAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<CmsUser>>();
        return await users.GetRolesAsync((await users.FindByNameAsync(userName))!);
    });

    public ValueTask DisposeAsync() => Site.DisposeAsync();
}
