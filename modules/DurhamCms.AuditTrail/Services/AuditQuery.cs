using System.Globalization;
using DurhamCms.AuditTrail.Models;
using DurhamCms.Data;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.AuditTrail.Services;

/// <summary>The audit page's filters, as typed in the query string.</summary>
public sealed class AuditFilter
{
    public string? User { get; set; }
    public string? Item { get; set; }
    public string? Event { get; set; }

    /// <summary>First day included, YYYY-MM-DD (UTC).</summary>
    public string? From { get; set; }

    /// <summary>Last day included, YYYY-MM-DD (UTC).</summary>
    public string? To { get; set; }

    public int Page { get; set; } = 1;
}

public sealed record AuditPage(IReadOnlyList<AuditTrailEvent> Events, int Page, int PageCount, int Total, IReadOnlyList<string> Errors);

/// <summary>Reads the audit trail newest first, filtered and paged. Bad dates are reported, not guessed.</summary>
public sealed class AuditQuery(DurhamDbContext db)
{
    public const int PageSize = 50;

    public async Task<AuditPage> RunAsync(AuditFilter filter)
    {
        var errors = new List<string>();
        var query = db.Set<AuditTrailEvent>().AsNoTracking();
        if (Clean(filter.User) is { } user)
        {
            query = query.Where(e => e.UserName == user);
        }

        if (Clean(filter.Item) is { } item)
        {
            query = query.Where(e => e.ContentItemId == item);
        }

        if (Clean(filter.Event) is { } name)
        {
            query = query.Where(e => e.Name == name);
        }

        if (ParseDay(filter.From, "From", errors) is { } from)
        {
            query = query.Where(e => e.CreatedUtc >= from);
        }

        if (ParseDay(filter.To, "To", errors) is { } to)
        {
            var end = to.AddDays(1);
            query = query.Where(e => e.CreatedUtc < end);
        }

        var total = await query.CountAsync();
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var events = await query.OrderByDescending(e => e.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync();
        return new AuditPage(events, page, pageCount, total, errors);
    }

    /// <summary>Event names recorded so far, for the filter's list.</summary>
    public async Task<IReadOnlyList<string>> EventNamesAsync() =>
        await db.Set<AuditTrailEvent>().AsNoTracking().Select(e => e.Name).Distinct().ToListAsync();

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateTime? ParseDay(string? value, string label, List<string> errors)
    {
        if (Clean(value) is not { } text)
        {
            return null;
        }

        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var day))
        {
            return DateTime.SpecifyKind(day, DateTimeKind.Utc);
        }

        errors.Add($"{label} date “{text}” is not a date: use YYYY-MM-DD. It was left out of the filter.");
        return null;
    }
}
