using DurhamCms.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DurhamCms.Search.Indexing;

/// <summary>
/// The indexer's loop: a pass once the host has started (<see cref="BackgroundStart"/>: building
/// any missing index while the site already serves), then one whenever a local change wakes it, or every poll interval for changes other
/// nodes made. After the first pass it warms this node's search (<see cref="Querying.SearchWarmer"/>).
/// Setup has run by now: it is a hosted service registered before the modules'.
/// </summary>
internal sealed class IndexingBackgroundService(ContentIndexer indexer, Querying.SearchWarmer warmer, BackgroundStart start, ILogger<IndexingBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await start.ProceedAsync(stoppingToken))
        {
            return;
        }

        var warmed = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await indexer.SyncAsync(stoppingToken);
                if (!warmed)
                {
                    // Once, when the index is whole (built or caught up) for the first time since the start;
                    // beside the loop, so changes published meanwhile are not held up behind it.
                    warmed = true;
                    _ = Task.Run(() => warmer.Warm(stoppingToken), stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // Logged where it happened; a database that is briefly away is retried next pass.
                logger.LogDebug(ex, "Search indexing pass failed");
            }

            try
            {
                await indexer.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }
}
