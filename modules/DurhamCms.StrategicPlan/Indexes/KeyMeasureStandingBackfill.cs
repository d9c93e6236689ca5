using DurhamCms.ContentManagement;
using DurhamCms.Data;
using DurhamCms.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DurhamCms.StrategicPlan.Indexes;

/// <summary>
/// Fills in what key measure index rows written by an earlier release lack: their standing
/// (migration AddKeyMeasureStanding), their cadence and latest reported periods (AddKeyMeasureReporting).
/// Until then the home and priority pages read each such measure's document at every render.
/// Once per start, in batches, from the version each row maps. Every node may run it at once: each
/// writes the values the index provider would (<see cref="KeyMeasureIndexRow"/>), and only into rows
/// still lacking one, so a measure saved meanwhile keeps its fresh row. Its pass waits for
/// <see cref="BackgroundStart"/>, as the other background loops' first passes do.
/// </summary>
public sealed class KeyMeasureStandingBackfill(IServiceScopeFactory scopes, TimeProvider clock, BackgroundStart start, ILogger<KeyMeasureStandingBackfill> logger) : BackgroundService
{
    private const int BatchSize = 200;

    /// <summary>The database away or the site not set up yet: try again after this.</summary>
    private static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await start.ProceedAsync(stoppingToken))
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await FillAsync(stoppingToken) is var filled and > 0)
                {
                    logger.LogInformation("Key measure index: the standing and reporting of {Count} rows written by an earlier release filled in", filled);
                }

                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Key measures' standing and reporting could not be filled in; trying again in {Delay}.", RetryAfter);
            }

            try
            {
                await Task.Delay(RetryAfter, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Fills every row without a standing or a cadence; how many were filled.</summary>
    public async Task<int> FillAsync(CancellationToken ct = default)
    {
        var filled = 0;
        long last = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DurhamDbContext>();
            var rows = await (
                    from m in db.Set<KeyMeasureIndex>().AsNoTracking().Where(m => (m.Standing == null || m.Frequency == null) && m.Id > last)
                    join c in db.ContentItems.AsNoTracking() on m.DocumentId equals c.Id
                    orderby m.Id
                    select new { m.Id, c.Content })
                .Take(BatchSize)
                .ToListAsync(ct);
            if (rows.Count == 0)
            {
                return filled;
            }

            // One commit per batch, not per row.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var row in rows)
            {
                var values = KeyMeasureIndexRow.Of(ContentItem.FromJson(row.Content), new KeyMeasureIndex());
                filled += await db.Set<KeyMeasureIndex>()
                    .Where(m => m.Id == row.Id && (m.Standing == null || m.Frequency == null))
                    .ExecuteUpdateAsync(u => u
                        .SetProperty(m => m.Standing, values.Standing)
                        .SetProperty(m => m.Frequency, values.Frequency)
                        .SetProperty(m => m.LatestPeriods, values.LatestPeriods), ct);
            }

            await transaction.CommitAsync(ct);
            last = rows[^1].Id;
        }
    }
}
