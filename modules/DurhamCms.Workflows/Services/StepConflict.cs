using System.Data.Common;
using DurhamCms.ContentManagement;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Workflows.Services;

/// <summary>
/// A step that lost a race with someone else's save, publish or step on the same item: the
/// database refused the second writer (a stale stamp, a unique Latest/Published or state row,
/// or a PostgreSQL serialization failure). That is a conflict to explain, never a 500.
/// </summary>
internal static class StepConflict
{
    public static bool IsLostRace(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            if (ex is ContentConflictException or DbUpdateException
                || (ex is DbException db && db.SqlState is "40001" or "40P01" or "23505"))
            {
                return true;
            }
        }

        return false;
    }

    public static string Message(string? byWhom, string? stateLabel) =>
        $"Someone else{(string.IsNullOrEmpty(byWhom) ? "" : $" ({byWhom})")} acted on this item at the same moment"
        + (stateLabel is null ? "" : $"; it is now {stateLabel}")
        + ". Nothing of yours was lost: look at the item again, then take the step if it still applies.";
}
