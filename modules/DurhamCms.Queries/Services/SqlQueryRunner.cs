using System.Data;
using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Nodes;
using DurhamCms.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DurhamCms.Queries.Services;

/// <summary>The rows a query answered, whether <see cref="QueriesOptions.MaxRows"/> cut them, and (Lucene) how many matched in all.</summary>
public sealed record QueryRows(IReadOnlyList<JsonObject> Rows, bool Truncated, int? Total = null);

/// <summary>
/// Runs a checked SQL text where it cannot write: on PostgreSQL in a transaction made READ ONLY
/// before the query, with a statement_timeout, rolled back after; on SQLite on a connection of its
/// own opened read-only, with query_only on. Parameters are bound, rows capped, time limited.
/// </summary>
public sealed class SqlQueryRunner(DurhamDbContext db, IOptions<QueriesOptions> options)
{
    public async Task<QueryRows> RunAsync(SqlQueryText text, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        if (text.Problem is not null)
        {
            throw new QueryFailedException($"The query may not run: {text.Problem}");
        }

        var limits = options.Value;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limits.Timeout);
        try
        {
            return db.Database.IsNpgsql()
                ? await RunOnPostgreSqlAsync(text, parameters, limits, timeout.Token)
                : db.Database.IsSqlite()
                    ? await RunOnSqliteAsync(text, parameters, limits, timeout.Token)
                    : throw new QueryFailedException($"Queries run on SQLite or PostgreSQL, not on {db.Database.ProviderName}.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new QueryFailedException($"The query ran longer than {limits.Timeout.TotalSeconds:0.#} s and was stopped.");
        }
        // PostgreSQL's statement_timeout (57014) and the token fire at about the same moment: either is the time limit.
        catch (DbException ex) when ((timeout.IsCancellationRequested || ex.SqlState == "57014") && !cancellationToken.IsCancellationRequested)
        {
            throw new QueryFailedException($"The query ran longer than {limits.Timeout.TotalSeconds:0.#} s and was stopped.", ex);
        }
        catch (DbException ex)
        {
            throw new QueryFailedException($"The database refused the query: {ex.Message}", ex);
        }
    }

    private async Task<QueryRows> RunOnPostgreSqlAsync(SqlQueryText text, IReadOnlyDictionary<string, object?> parameters, QueriesOptions limits, CancellationToken token)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(token);
        }

        try
        {
            await using var transaction = await connection.BeginTransactionAsync(token);
            await using (var guard = connection.CreateCommand())
            {
                // First in the transaction, before any read: PostgreSQL then refuses every write, DDL and nextval.
                guard.Transaction = transaction;
                guard.CommandText = $"SET TRANSACTION READ ONLY; SET LOCAL statement_timeout = {(long)limits.Timeout.TotalMilliseconds}";
                await guard.ExecuteNonQueryAsync(token);
            }

            try
            {
                return await ReadAsync(connection, transaction, text, parameters, limits, token);
            }
            finally
            {
                await transaction.RollbackAsync(CancellationToken.None);
            }
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    private async Task<QueryRows> RunOnSqliteAsync(SqlQueryText text, IReadOnlyDictionary<string, object?> parameters, QueriesOptions limits, CancellationToken token)
    {
        var builder = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()) { Mode = SqliteOpenMode.ReadOnly };
        await using var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync(token);

        // SQLite checks a cancellation token only between rows; one long step (an aggregate over a
        // huge recursive CTE) is stopped by interrupting the connection, which SQLite allows from any thread.
        await using var interrupt = token.Register(() => SQLitePCL.raw.sqlite3_interrupt(connection.Handle));
        await using (var guard = connection.CreateCommand())
        {
            guard.CommandText = "PRAGMA query_only = ON";
            await guard.ExecuteNonQueryAsync(token);
        }

        return await ReadAsync(connection, null, text, parameters, limits, token);
    }

    private static async Task<QueryRows> ReadAsync(DbConnection connection, DbTransaction? transaction, SqlQueryText text, IReadOnlyDictionary<string, object?> parameters, QueriesOptions limits, CancellationToken token)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text.Sql;
        command.CommandTimeout = Math.Max(1, (int)Math.Ceiling(limits.Timeout.TotalSeconds));
        foreach (var (name, fallback) in text.Defaults)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = (parameters.TryGetValue(name, out var given) ? given : fallback) ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        var rows = new List<JsonObject>();
        await using var reader = await command.ExecuteReaderAsync(token);
        while (await reader.ReadAsync(token))
        {
            if (rows.Count == limits.MaxRows)
            {
                return new QueryRows(rows, Truncated: true);
            }

            var row = new JsonObject();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : JsonSerializer.SerializeToNode(reader.GetValue(i));
            }

            rows.Add(row);
        }

        return new QueryRows(rows, Truncated: false);
    }
}
