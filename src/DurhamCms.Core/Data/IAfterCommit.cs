namespace DurhamCms.Data;

/// <summary>
/// Work that must only happen once the current database transaction has committed (evicting
/// cached pages, waking the indexer or the scheduler): run at once when no transaction is open,
/// dropped when it rolls back. The work signals; it must not write through the same database
/// context, whose transaction has just ended.
/// </summary>
public interface IAfterCommit
{
    Task AfterCommitAsync(Func<Task> work);

    /// <summary>
    /// As <see cref="AfterCommitAsync"/>, but only the first work queued under <paramref name="key"/>
    /// runs for one transaction: a recipe publishing 50,000 items wakes the indexer once.
    /// </summary>
    Task AfterCommitOnceAsync(string key, Func<Task> work);
}
