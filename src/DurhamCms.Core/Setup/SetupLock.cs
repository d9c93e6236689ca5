using DurhamCms.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DurhamCms.Setup;

/// <summary>
/// Makes nodes starting together on one PostgreSQL database take turns at migrating and setting
/// up: a session advisory lock on a connection of its own, held until disposed. The first node
/// sets the site up; the others wait, then find it set up. A SQLite site has one node: no lock.
/// </summary>
internal sealed class SetupLock : IAsyncDisposable
{
    /// <summary>Any constant other than the module migrations' own transaction lock ("DurhamSu").</summary>
    private const long Key = 0x44_75_72_68_61_6D_53_75;

    private readonly NpgsqlConnection? _connection;

    private SetupLock(NpgsqlConnection? connection) => _connection = connection;

    public static async Task<SetupLock> AcquireAsync(DurhamDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return new SetupLock(null);
        }

        var connectionString = db.Database.GetConnectionString()!;
        await EnsureDatabaseAsync(connectionString, cancellationToken);
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({Key})", connection)
            {
                // The first node's setup runs the whole recipe: wait as long as it takes.
                CommandTimeout = 0,
            };
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new SetupLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Creates the site's database when it does not exist yet, as EF would, but tolerating the
    /// other nodes doing the same at the same moment.
    /// </summary>
    private static async Task EnsureDatabaseAsync(string connectionString, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var database = builder.Database;
        if (string.IsNullOrEmpty(database))
        {
            return;
        }

        builder.Database = "postgres";
        builder.Pooling = false;
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
        }
        catch (PostgresException)
        {
            // No maintenance database to ask (or no right to it): the site's own database must exist.
            return;
        }

        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return;
        }

        try
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another node created it first.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            // Closing the session releases the lock, even if the unlock itself fails.
            await _connection.DisposeAsync();
        }
    }
}
