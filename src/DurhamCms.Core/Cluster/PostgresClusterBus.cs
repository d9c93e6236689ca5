using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DurhamCms.Cluster;

/// <summary>
/// The cluster bus on PostgreSQL alone. A signal is a row of ClusterSignals, announced with
/// NOTIFY in the same statement; each node LISTENs on a connection of its own and reads the rows
/// it has not seen. It also reads them every <see cref="CatchUpInterval"/> without a
/// notification, so a signal sent while its connection was down (or lost by NOTIFY) still comes.
/// </summary>
internal sealed class PostgresClusterBus(string connectionString, ILogger<PostgresClusterBus> logger) : BackgroundService, IClusterBus
{
    private const string NotifyChannel = "durhamcms_signals";

    /// <summary>How often signals are read without a notification.</summary>
    public static readonly TimeSpan CatchUpInterval = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Ids are handed out before commit, so a lower id can commit after a higher one was read:
    /// each read looks back this far in time and skips what it has seen.
    /// </summary>
    private static readonly TimeSpan LookBack = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan KeepSignals = TimeSpan.FromHours(1);

    private readonly string _origin = Guid.NewGuid().ToString("n");
    private readonly ClusterSubscriptions _subscriptions = new(logger);
    private readonly Dictionary<long, DateTime> _seen = [];
    private long _lastId = -1;
    private volatile bool _connected;
    private DateTime _lastPrune = DateTime.MinValue;

    public bool IsConnected => _connected;

    public IDisposable Subscribe(string channel, Func<string, Task> handler) => _subscriptions.Add(channel, handler);

    public async Task PublishAsync(string channel, string payload = "", CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"""
                WITH s AS (INSERT INTO "ClusterSignals" ("Channel", "Payload", "Origin", "CreatedUtc") VALUES (@channel, @payload, @origin, now()) RETURNING "Id")
                SELECT pg_notify('{NotifyChannel}', "Id"::text) FROM s
                """, connection);
            command.Parameters.AddWithValue("channel", channel);
            command.Parameters.AddWithValue("payload", payload);
            command.Parameters.AddWithValue("origin", _origin);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            // The change has committed; the other nodes' polls (search, schedules, outbox) still
            // find it, and cached pages expire. Say so rather than fail the request that made it.
            logger.LogError(e, "Cluster bus: could not send {Channel} to the other nodes", channel);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                if (_connected)
                {
                    logger.LogWarning(e, "Cluster bus: lost the database connection; reconnecting, then catching up");
                }

                _connected = false;
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { KeepAlive = 5 }.ConnectionString);
        await connection.OpenAsync(stoppingToken);
        await using (var listen = new NpgsqlCommand($"LISTEN {NotifyChannel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        if (_lastId < 0)
        {
            // A node hears what is sent from its start on; what came before, its own start has read.
            await using var max = new NpgsqlCommand("""SELECT COALESCE(MAX("Id"), 0) FROM "ClusterSignals" """, connection);
            _lastId = (long)(await max.ExecuteScalarAsync(stoppingToken))!;
        }

        _connected = true;
        await CatchUpAsync(connection, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            // True on a notification, false when the interval ran out: read in both cases.
            await connection.WaitAsync(CatchUpInterval, stoppingToken);
            await CatchUpAsync(connection, stoppingToken);
        }
    }

    private async Task CatchUpAsync(NpgsqlConnection connection, CancellationToken stoppingToken)
    {
        var signals = new List<(long Id, string Channel, string Payload, string Origin)>();
        await using (var read = new NpgsqlCommand("""
            SELECT "Id", "Channel", "Payload", "Origin" FROM "ClusterSignals"
            WHERE "Id" > @last OR "CreatedUtc" > now() - @lookBack
            ORDER BY "Id"
            """, connection))
        {
            read.Parameters.AddWithValue("last", _lastId);
            read.Parameters.AddWithValue("lookBack", LookBack);
            await using var reader = await read.ExecuteReaderAsync(stoppingToken);
            while (await reader.ReadAsync(stoppingToken))
            {
                signals.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
            }
        }

        var now = DateTime.UtcNow;
        foreach (var signal in signals)
        {
            if (!_seen.TryAdd(signal.Id, now))
            {
                continue;
            }

            _lastId = Math.Max(_lastId, signal.Id);
            if (signal.Origin != _origin)
            {
                await _subscriptions.DispatchAsync(signal.Channel, signal.Payload);
            }
        }

        foreach (var old in _seen.Where(s => now - s.Value > LookBack * 2).Select(s => s.Key).ToList())
        {
            _seen.Remove(old);
        }

        await PruneAsync(connection, now, stoppingToken);
    }

    /// <summary>Signals are hints for the next seconds; an hour is plenty for a node that reconnects.</summary>
    private async Task PruneAsync(NpgsqlConnection connection, DateTime now, CancellationToken stoppingToken)
    {
        if (now - _lastPrune < TimeSpan.FromMinutes(10))
        {
            return;
        }

        _lastPrune = now;
        await using var prune = new NpgsqlCommand("""DELETE FROM "ClusterSignals" WHERE "CreatedUtc" < now() - @keep""", connection);
        prune.Parameters.AddWithValue("keep", KeepSignals);
        await prune.ExecuteNonQueryAsync(stoppingToken);
    }
}
