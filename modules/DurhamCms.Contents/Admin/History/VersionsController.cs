using DurhamCms.Admin;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Contents.Admin.History.Diff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace DurhamCms.Contents.Admin.History;

/// <summary>An item's versions: the list (who, when, the transition comments), a diff of any two, and restore as a new draft.</summary>
[Admin]
public sealed class VersionsController(
    IContentManager contentManager,
    IContentDefinitionManager definitions,
    HistoryAccess access,
    ContentDiffer differ,
    IEnumerable<IContentVersionNotes> noteSources) : Controller
{
    private const string ViewsPath = "~/Views/AdminHistory/";

    [HttpGet("/admin/contents/{id}/versions")]
    public async Task<IActionResult> Versions(string id)
    {
        NoStore();
        var versions = await contentManager.ListVersionsAsync(id);
        if (versions.Count == 0)
        {
            return NotFound();
        }

        var current = Current(versions);
        if (!await access.CanViewDraftsAsync(User, current))
        {
            return Forbid();
        }

        var definition = await definitions.GetTypeDefinitionAsync(current.ContentType);
        var notes = new List<VersionNote>();
        foreach (var source in noteSources)
        {
            notes.AddRange(await source.GetNotesAsync(id));
        }

        var draftable = definition?.TypeSettings.Draftable ?? false;
        var model = new VersionsPageModel(current, definition, Numbered(versions), notes, await access.CanRestoreAsync(User, current, draftable));
        return View(ViewsPath + "Versions.cshtml", model);
    }

    [HttpGet("/admin/contents/{id}/diff")]
    public async Task<IActionResult> Diff(string id, string? from = null, string? to = null)
    {
        NoStore();
        var versions = Numbered(await contentManager.ListVersionsAsync(id));
        if (versions.Count == 0)
        {
            return NotFound();
        }

        var current = Current(versions.Select(v => v.Item).ToList());
        if (!await access.CanViewDraftsAsync(User, current))
        {
            return Forbid();
        }

        // Without a choice: the latest version against the one before it.
        var right = to is null ? versions[^1] : versions.FirstOrDefault(v => v.Item.ContentItemVersionId == to);
        var left = from is null ? versions[Math.Max(0, (right?.Number ?? 1) - 2)] : versions.FirstOrDefault(v => v.Item.ContentItemVersionId == from);
        if (left is null || right is null)
        {
            return NotFound();
        }

        var definition = await definitions.GetTypeDefinitionAsync(current.ContentType);
        var diff = differ.Compare(left.Item, right.Item, definition);
        return View(ViewsPath + "Diff.cshtml", new DiffPageModel(current, definition, left, right, diff));
    }

    [HttpPost("/admin/contents/{id}/versions/{versionId}/restore")]
    public async Task<IActionResult> Restore(string id, string versionId)
    {
        var versions = Numbered(await contentManager.ListVersionsAsync(id));
        var chosen = versions.FirstOrDefault(v => v.Item.ContentItemVersionId == versionId);
        if (chosen is null)
        {
            return NotFound();
        }

        var current = Current(versions.Select(v => v.Item).ToList());
        var definition = await definitions.GetTypeDefinitionAsync(current.ContentType);
        if (!await access.CanRestoreAsync(User, current, definition?.TypeSettings.Draftable ?? false))
        {
            return Forbid();
        }

        try
        {
            var restored = await contentManager.RestoreAsync(versionId);
            TempData["Notice"] = restored.Published
                ? $"Version {chosen.Number} was restored and published as version {versions.Count + 1}."
                : $"Version {chosen.Number} was restored as a new draft (version {versions.Count + 1}). Nothing is public until it is published.";
        }
        catch (ContentConflictException)
        {
            TempData["Notice"] = "Someone saved this item while you were restoring: nothing was restored. Look at the versions again and retry.";
        }

        return LocalRedirect(HistoryUrls.Versions(id));
    }

    /// <summary>The version the item's owner and editors work on: the latest, or (for a removed item) the newest stored.</summary>
    private static ContentItem Current(IReadOnlyList<ContentItem> versions) => versions.LastOrDefault(v => v.Latest) ?? versions[^1];

    private static List<NumberedVersion> Numbered(IReadOnlyList<ContentItem> versions) =>
        versions.Select((item, i) => new NumberedVersion(i + 1, item)).ToList();

    private void NoStore() => Response.Headers[HeaderNames.CacheControl] = "no-store, max-age=0";
}

/// <summary>A version with its number in the item's history (1 = the first saved).</summary>
public sealed record NumberedVersion(int Number, ContentItem Item);

public sealed record VersionsPageModel(
    ContentItem Current,
    ContentTypeDefinition? Definition,
    IReadOnlyList<NumberedVersion> Versions,
    IReadOnlyList<VersionNote> Notes,
    bool CanRestore)
{
    public IEnumerable<VersionNote> NotesOf(ContentItem version) =>
        Notes.Where(t => t.ContentItemVersionId == version.ContentItemVersionId);
}

public sealed record DiffPageModel(ContentItem Current, ContentTypeDefinition? Definition, NumberedVersion From, NumberedVersion To, ContentDiff Diff);
