using System.Data.Common;
using DurhamCms.ContentManagement;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Data;

/// <summary>
/// A write that lost a race with someone else's write to the same item: the database refused the
/// second writer (a stale stamp, a unique Latest/Published or state row, or a PostgreSQL
/// serialization failure or deadlock). That is a conflict to explain to the person, never a 500.
/// </summary>
public static class LostRace
{
    public static bool Is(Exception exception)
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
}
