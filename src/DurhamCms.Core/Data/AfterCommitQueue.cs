using Microsoft.Extensions.Logging;

namespace DurhamCms.Data;

/// <summary>
/// One database context's after-commit work, each piece remembered with the transaction it was
/// queued in, so that work from a transaction that ended without a commit never runs with the next.
/// </summary>
internal sealed class AfterCommitQueue
{
    private readonly List<(Guid Transaction, string? Key, Func<Task> Work)> _pending = [];

    // The keys queued, so that "once per transaction" is a set lookup: a recipe queues a key per
    // item it imports (a page-cache tag each), and scanning the list made that quadratic.
    private readonly HashSet<(Guid Transaction, string Key)> _keys = [];
    private bool _running;

    public async Task AddAsync(Guid? transaction, string? key, Func<Task> work)
    {
        // While committed work runs, the ended transaction is still the context's current one.
        if (transaction is not { } id || _running)
        {
            await work();
            return;
        }

        if (key is null || _keys.Add((id, key)))
        {
            _pending.Add((id, key, work));
        }
    }

    /// <summary>
    /// Runs the work queued in <paramref name="transaction"/>. A failure is logged, not thrown: the
    /// change has committed, and its caller must not take it for a failed save.
    /// </summary>
    public async Task CommittedAsync(Guid transaction, ILogger logger)
    {
        var due = _pending.Where(p => p.Transaction == transaction).ToList();
        _pending.Clear();
        _keys.Clear();
        _running = true;
        try
        {
            foreach (var (_, key, work) in due)
            {
                try
                {
                    await work();
                }
                catch (Exception ex)
                {
                    logger.LogError(ex, "After-commit work {Key} failed; the change itself was saved.", key ?? "(unkeyed)");
                }
            }
        }
        finally
        {
            _running = false;
        }
    }

    public void Discard()
    {
        _pending.Clear();
        _keys.Clear();
    }
}
