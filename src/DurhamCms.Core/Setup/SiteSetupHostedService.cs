using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DurhamCms.Setup;

/// <summary>
/// Sets the site up as the host starts, before the server takes requests: hosted services start
/// first, so nobody sees a half-migrated site.
/// </summary>
internal sealed class SiteSetupHostedService(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SiteSetup>().EnsureSetUpAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
