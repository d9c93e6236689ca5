using DurhamCms.Data;
using DurhamCms.Diagnostics;
using DurhamCms.Workflows.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Workflows.Diagnostics;

/// <summary>
/// Emails waiting in the outbox (not sent, not given up). The outbox is one table for every node,
/// so every node reports the same figure: take the max over nodes, not the sum.
/// </summary>
internal sealed class OutboxBacklogGauge(IServiceScopeFactory scopes) : IMetricGauge
{
    public string Name => "durhamcms.outbox.backlog";
    public string Unit => "{message}";
    public string Description => "Emails waiting in the outbox (shared by all nodes).";

    public async Task<double> ReadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DurhamDbContext>();
        return await db.Set<OutboxMessageRecord>().CountAsync(m => m.SentUtc == null && !m.GivenUp, cancellationToken);
    }
}
