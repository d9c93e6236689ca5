using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DurhamCms.Data;

/// <summary>
/// Reads the SQLite file through a memory map. SQLite's own page cache is a few megabytes and is
/// dropped whenever another connection writes (a node's heartbeat does every few seconds), so
/// without the map a roll-up over the plan read every page with a system call: the home page of
/// a 500-initiative plan spent two thirds of its time there. The map shares the operating
/// system's cache instead. Set per connection, as SQLite keeps the setting per connection.
/// </summary>
internal sealed class SqliteMemoryMapInterceptor(long bytes) : DbConnectionInterceptor
{
    private readonly string _pragma = $"PRAGMA mmap_size={bytes};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            using var command = sqlite.CreateCommand();
            command.CommandText = _pragma;
            command.ExecuteNonQuery();
        }
    }
}
