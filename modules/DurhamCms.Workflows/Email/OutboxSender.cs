using DurhamCms.Data;
using DurhamCms.Hosting;
using DurhamCms.Workflows.Models;
using DurhamCms.Workflows.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DurhamCms.Workflows.Email;

/// <summary>
/// Sends the outbox: due messages one by one; a failure is noted on the row and retried later,
/// each wait twice the last (capped at an hour), until MaxAttempts. Saves never wait for it; its
/// first pass waits for <see cref="BackgroundStart"/>.
/// </summary>
internal sealed class OutboxSender(
    IServiceScopeFactory scopes,
    IMailSender sender,
    IOptions<SmtpOptions> options,
    WorkflowSignals signals,
    TimeProvider clock,
    BackgroundStart start,
    ILogger<OutboxSender> logger) : BackgroundService
{
    private const int Batch = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        if (!await start.ProceedAsync(stoppingToken))
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                wait = await SendDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be briefly away; the messages wait in the outbox.
                logger.LogWarning(e, "The email outbox could not be read; trying again shortly.");
                wait = TimeSpan.FromSeconds(options.Value.PollSeconds);
            }

            try
            {
                await signals.Outbox.WaitAsync(wait, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Sends what is due; returns how long until the next message falls due (or the poll interval).</summary>
    internal async Task<TimeSpan> SendDueAsync(CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DurhamDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<OutboxMessageRecord>()
            .Where(m => m.SentUtc == null && !m.GivenUp && m.NextAttemptUtc <= now)
            .OrderBy(m => m.Id)
            .Take(Batch)
            .ToListAsync(cancellationToken);
        foreach (var message in due)
        {
            // Take the message before sending: another node reading the same row sees it leased and leaves it.
            var lease = now.AddMinutes(5);
            var taken = await db.Set<OutboxMessageRecord>()
                .Where(m => m.Id == message.Id && m.SentUtc == null && m.NextAttemptUtc == message.NextAttemptUtc)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptUtc, lease), cancellationToken);
            if (taken == 0)
            {
                continue;
            }

            message.Attempts++;
            try
            {
                await sender.SendAsync(message, cancellationToken);
                message.SentUtc = clock.GetUtcNow().UtcDateTime;
                message.LastError = null;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                message.LastError = $"{e.GetType().Name}: {e.Message}";
                message.GivenUp = message.Attempts >= smtp.MaxAttempts;
                var backoff = Math.Min(3600, smtp.RetryBaseSeconds * Math.Pow(2, message.Attempts - 1));
                message.NextAttemptUtc = clock.GetUtcNow().UtcDateTime.AddSeconds(backoff);
                logger.LogWarning("Email {Id} to {To} failed (attempt {Attempt}): {Error}", message.Id, message.To, message.Attempts, message.LastError);
            }

            await db.SaveChangesAsync(CancellationToken.None);
        }

        if (due.Count == Batch)
        {
            return TimeSpan.Zero;
        }

        var next = await db.Set<OutboxMessageRecord>()
            .Where(m => m.SentUtc == null && !m.GivenUp)
            .OrderBy(m => m.NextAttemptUtc)
            .Select(m => (DateTime?)m.NextAttemptUtc)
            .FirstOrDefaultAsync(cancellationToken);
        var poll = TimeSpan.FromSeconds(smtp.PollSeconds);
        return next is { } n && n - clock.GetUtcNow().UtcDateTime < poll ? Max(n - clock.GetUtcNow().UtcDateTime, TimeSpan.FromMilliseconds(50)) : poll;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
