using System.Globalization;
using DurhamCms.Data;
using DurhamCms.Notifications;
using DurhamCms.Security;
using DurhamCms.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DurhamCms.StrategicPlan.Reporting;

/// <summary>
/// One look at the calendar: every unreported period of every assigned item gets the reminders its
/// rules have earned today (<see cref="ReminderRules"/>), each claimed by a unique row before it is
/// sent, in the same transaction as its notifications and emails.
/// </summary>
public sealed class ReminderSweep(
    DurhamDbContext db,
    ReportingDuties duties,
    ReportingCalendar calendar,
    IOptions<ReportingOptions> options,
    IUserDirectory users,
    IAuthorizationService authorization,
    IEnumerable<IStaffNotifier> notifiers,
    TimeProvider clock,
    ILogger<ReminderSweep> logger)
{
    /// <summary>How many periods back a reminder is still sent: an old gap is for the compliance page, not for mail.</summary>
    private const int PeriodsBack = 3;

    /// <summary>Returns how many reminders this node sent.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (notifiers.FirstOrDefault() is not { } notifier)
        {
            return 0;
        }

        var today = await calendar.TodayAsync();
        var all = await duties.ListAsync();
        var reported = await duties.ReportedAsync(all);
        List<UserSummary>? editors = null;
        var sent = 0;
        foreach (var duty in all)
        {
            foreach (var period in calendar.Ended(duty.Frequency, today, PeriodsBack))
            {
                if (reported[duty.ContentItemId].Contains(period.Key))
                {
                    continue;
                }

                foreach (var rule in ReminderRules.For(period.Due, today, options.Value))
                {
                    var recipients = rule.ToEditors ? editors ??= await EditorsAsync() : await AssigneesAsync(duty);
                    if (recipients.Count > 0 && await ClaimAndSendAsync(notifier, duty, period, rule, today, recipients, cancellationToken))
                    {
                        sent++;
                    }
                }
            }
        }

        return sent;
    }

    private async Task<bool> ClaimAndSendAsync(IStaffNotifier notifier, ReportingDuty duty, DuePeriod period, ReminderRule rule, DateOnly today, IReadOnlyCollection<UserSummary> recipients, CancellationToken cancellationToken)
    {
        var claimed = db.Set<ReportingReminderRecord>();
        if (await claimed.AnyAsync(r => r.ContentItemId == duty.ContentItemId && r.Period == period.Key && r.Rule == rule.Name, cancellationToken))
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(new ReportingReminderRecord { ContentItemId = duty.ContentItemId, Period = period.Key, Rule = rule.Name, SentUtc = clock.GetUtcNow().UtcDateTime });
        await notifier.AddAsync(recipients, await NoticeAsync(duty, period, rule, today));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e)
        {
            // Another node claimed the same reminder between the look and the insert: it sends it.
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            if (!await claimed.AnyAsync(r => r.ContentItemId == duty.ContentItemId && r.Period == period.Key && r.Rule == rule.Name, CancellationToken.None))
            {
                throw;
            }

            logger.LogDebug(e, "Reminder {Rule} for {Item} {Period} was claimed elsewhere.", rule.Name, duty.ContentItemId, period.Key);
            return false;
        }
    }

    private async Task<StaffNotice> NoticeAsync(ReportingDuty duty, DuePeriod period, ReminderRule rule, DateOnly today)
    {
        var what = $"{duty.What} for {period.Period.Label} of '{duty.Title}'";
        var due = Day(period.Due);
        var late = today.DayNumber - period.Due.DayNumber;
        var url = ReportingUrls.Form(duty, period);
        if (rule.ToEditors)
        {
            var owners = await users.NamesByIdAsync(duty.OwnerIds);
            var owner = owners.Count == 0 ? "no one" : string.Join(", ", owners.Values);
            return new StaffNotice(
                $"Overdue {late} days: {duty.Title}, {period.Period.Label}",
                $"'{duty.Title}' has not reported {duty.What} for {period.Period.Label}, due on {due} ({Days(late)} ago). It is owned by {owner}.",
                url,
                duty.ContentItemId);
        }

        return rule.Name switch
        {
            ReminderRules.Before => new StaffNotice($"Due on {due}: {duty.Title}, {period.Period.Label}", $"Reminder: {what} is due on {due}.", url, duty.ContentItemId),
            ReminderRules.Due => new StaffNotice($"Due today: {duty.Title}, {period.Period.Label}", $"Due today: {what}.", url, duty.ContentItemId),
            _ => new StaffNotice($"Overdue: {duty.Title}, {period.Period.Label}", $"Overdue by {Days(late)}: {what} was due on {due}.", url, duty.ContentItemId),
        };
    }

    private async Task<IReadOnlyCollection<UserSummary>> AssigneesAsync(ReportingDuty duty)
    {
        var found = new List<UserSummary>();
        foreach (var id in duty.OwnerIds.Concat(duty.ReporterIds).Distinct(StringComparer.Ordinal))
        {
            if (await users.FindByIdAsync(id) is { IsEnabled: true } user)
            {
                found.Add(user);
            }
        }

        return found;
    }

    /// <summary>Those who may reassign the reporting (Editors, Administrators): they chase a late report.</summary>
    private async Task<List<UserSummary>> EditorsAsync()
    {
        var editors = new List<UserSummary>();
        foreach (var user in await users.ListAsync(enabledOnly: true))
        {
            if (await authorization.AuthorizeAsync(await users.PrincipalOfAsync(user), ReportingPermissions.AssignReporting))
            {
                editors.Add(user);
            }
        }

        return editors;
    }

    private static string Day(DateOnly day) => day.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Days(int days) => days == 1 ? "1 day" : $"{days} days";
}
