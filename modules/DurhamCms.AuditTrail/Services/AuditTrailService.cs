using System.Security.Claims;
using DurhamCms.AuditTrail.Models;
using DurhamCms.Data;
using DurhamCms.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.AuditTrail.Services;

/// <summary>
/// Appends events to the AuditTrailEvent table. Inside an open transaction the row is written in
/// it, so it commits (or rolls back) with the change it describes; otherwise it is saved at once.
/// </summary>
public sealed class AuditTrailService(DurhamDbContext db, IHttpContextAccessor http, IUserDirectory users, TimeProvider clock) : IAuditTrail
{
    public async Task RecordAsync(AuditEvent auditEvent)
    {
        var context = http.HttpContext;
        var principal = context?.User;
        var signedIn = principal?.Identity?.IsAuthenticated == true;
        var userName = auditEvent.UserName ?? (signedIn ? principal!.Identity!.Name : null);
        var userId = signedIn && string.Equals(userName, principal!.Identity!.Name, StringComparison.OrdinalIgnoreCase)
            ? principal.FindFirstValue(ClaimTypes.NameIdentifier)
            : null;
        if (userId is null && !string.IsNullOrEmpty(userName))
        {
            // A sign-in is recorded before its cookie becomes the request's user: find the id by name.
            userId = (await users.FindByNameAsync(userName))?.Id;
        }

        var row = new AuditTrailEvent
        {
            Category = Cut(auditEvent.Category, AuditTrailEvent.NameLength) ?? "",
            Name = Cut(auditEvent.Name, AuditTrailEvent.NameLength) ?? "",
            UserName = Cut(userName, AuditTrailEvent.UserLength),
            UserId = Cut(userId, AuditTrailEvent.UserLength),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            ClientAddress = Cut(context?.Connection.RemoteIpAddress?.ToString(), AuditTrailEvent.AddressLength),
            ContentItemId = Cut(auditEvent.ContentItemId, AuditTrailEvent.IdLength),
            ContentItemVersionId = Cut(auditEvent.ContentItemVersionId, AuditTrailEvent.IdLength),
            ContentType = Cut(auditEvent.ContentType, AuditTrailEvent.TypeLength),
            DisplayText = Cut(auditEvent.DisplayText, AuditTrailEvent.DisplayTextLength),
            Comment = auditEvent.Comment,
            Details = auditEvent.Details,
        };

        var entry = db.Set<AuditTrailEvent>().Add(row);
        await db.SaveChangesAsync();

        // Nothing reads the row back through this context; untracking keeps long imports lean.
        entry.State = EntityState.Detached;
    }

    // A value longer than its column would fail the insert, and with it the change being audited.
    private static string? Cut(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
