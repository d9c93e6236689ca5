using DurhamCms.Admin;
using DurhamCms.Data;
using DurhamCms.Search.Indexing;
using DurhamCms.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DurhamCms.Search.Controllers;

/// <summary>
/// /admin/search: each index profile's state on this node (documents, tasks not yet applied,
/// last indexed), with rebuild and reset. Every action checks ManageIndexes first.
/// </summary>
[Admin]
public sealed class AdminController(IAuthorizationService authorization, IndexProfileStore profiles, LuceneIndexes indexes, ContentIndexer indexer, DurhamDbContext db)
    : Controller
{
    [HttpGet("/admin/search")]
    public async Task<IActionResult> Index(string? done, string? profile)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ManageIndexes))
        {
            return Forbid();
        }

        var rows = new List<IndexProfileStatus>();
        foreach (var p in await profiles.ListAsync())
        {
            var index = indexes.Find(p.Name);
            rows.Add(new IndexProfileStatus(
                p.Name,
                p.Properties.ContentIndexMetadata.IndexedContentTypes,
                p.IndexLatest,
                index?.DocumentCount,
                index is null ? null : await indexer.PendingAsync(db, index, HttpContext.RequestAborted),
                index?.LastIndexedUtc,
                index?.Rebuilding == true || index?.NeedsRebuild == true || (index is not null && index.Cursor.RebuildToken != p.RebuildToken),
                indexer.LastError(p.Name)));
        }

        var notice = (done, profile) switch
        {
            ("rebuild", { } name) => $"Every node will rebuild “{name}” from the database in a moment.",
            ("reset", { } name) => $"Every node will re-apply the whole task log to “{name}” in a moment.",
            _ => null,
        };
        // Every node writes its own row; a node not seen for a while has stopped or lost the database.
        var nodes = await db.ClusterNodes.AsNoTracking().OrderBy(n => n.NodeName).ToListAsync(HttpContext.RequestAborted);
        return View(new AdminSearchModel(rows, notice, nodes));
    }

    [HttpPost("/admin/search/rebuild")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Rebuild(string name) => ChangeAsync(name, "rebuild");

    [HttpPost("/admin/search/reset")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Reset(string name) => ChangeAsync(name, "reset");

    private async Task<IActionResult> ChangeAsync(string name, string what)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ManageIndexes))
        {
            return Forbid();
        }

        if (string.IsNullOrWhiteSpace(name) || (await profiles.UnknownAsync([name])).Count > 0)
        {
            return NotFound();
        }

        await db.InTransactionAsync(() => what == "rebuild" ? profiles.RebuildAsync([name]) : profiles.ResetAsync([name]));
        return Redirect($"/admin/search?done={what}&profile={Uri.EscapeDataString(name)}");
    }
}

public sealed record IndexProfileStatus(
    string Name,
    IReadOnlyList<string> ContentTypes,
    bool IndexLatest,
    int? Documents,
    int? PendingTasks,
    DateTime? LastIndexedUtc,
    bool Rebuilding,
    string? Error);

public sealed record AdminSearchModel(IReadOnlyList<IndexProfileStatus> Profiles, string? Notice, IReadOnlyList<DurhamCms.Cluster.ClusterNodeRecord> Nodes);
