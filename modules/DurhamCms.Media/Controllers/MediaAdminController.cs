using System.Security.Claims;
using DurhamCms.Admin;
using DurhamCms.Media.Models;
using DurhamCms.Media.Services;
using DurhamCms.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace DurhamCms.Media.Controllers;

/// <summary>
/// The media library: browse folders, search, upload, rename or move, delete. ManageOwnMedia
/// uploads and changes one's own files; ManageMedia changes anyone's. A file that content uses is
/// not moved (its links would break), and is deleted only after a confirmation listing the items.
/// </summary>
[Admin]
public sealed class MediaAdminController(IAuthorizationService authorization, MediaLibrary library, MediaUsages usages) : Controller
{
    [HttpGet(MediaUrls.Library)]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public async Task<IActionResult> Index(string? folder, string? q)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ManageOwnMedia))
        {
            return Forbid();
        }

        if (!MediaPaths.TryNormalizeFolder(folder, out var normalized, out var problem))
        {
            return await PageAsync("", null, [problem], StatusCodes.Status400BadRequest);
        }

        return await PageAsync(normalized, q, [], StatusCodes.Status200OK);
    }

    [HttpPost(MediaUrls.Upload)]
    [MediaUploadLimit]
    public async Task<IActionResult> Upload(string? folder)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ManageOwnMedia))
        {
            return Forbid();
        }

        var files = Request.HasFormContentType ? Request.Form.Files : null;
        if (files is null || files.Count == 0)
        {
            return await PageAsync(folder ?? "", null, ["Choose a file to upload."], StatusCodes.Status400BadRequest);
        }

        var errors = new List<string>();
        var stored = new List<string>();
        foreach (var file in files)
        {
            try
            {
                await using var stream = file.OpenReadStream();
                var item = await library.UploadAsync(folder, file.FileName, stream, Actor(), HttpContext.RequestAborted);
                stored.Add(item.Path);
            }
            catch (MediaRefusedException e)
            {
                errors.Add(e.Message);
            }
        }

        MediaPaths.TryNormalizeFolder(folder, out var normalized, out _);
        if (errors.Count > 0)
        {
            return await PageAsync(normalized, null, errors, StatusCodes.Status400BadRequest, stored.Count > 0 ? $"Uploaded: {string.Join(", ", stored)}." : null);
        }

        TempData["Notice"] = $"Uploaded: {string.Join(", ", stored)}.";
        return Redirect(MediaUrls.Folder(normalized));
    }

    [HttpPost(MediaUrls.Move)]
    public async Task<IActionResult> Move(string? path, string? folder, string? name)
    {
        var (item, refusal) = await FileForChangeAsync(path);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!MediaPaths.TryCombine(folder, string.IsNullOrWhiteSpace(name) ? item!.Name : name, out var target, out var problem))
        {
            return await PageAsync(item!.Folder, null, [problem], StatusCodes.Status400BadRequest);
        }

        var uses = await usages.FindAsync(item!.Path);
        if (uses.Count > 0)
        {
            return await PageAsync(item.Folder, null, [$"'{item.Path}' is used by {MediaUsages.Describe(uses)}; moving it would break those pages. Remove it from them first, or upload a copy under the new name."], StatusCodes.Status409Conflict);
        }

        try
        {
            await library.MoveAsync(item, target, Actor(), HttpContext.RequestAborted);
        }
        catch (MediaRefusedException e)
        {
            return await PageAsync(item.Folder, null, [e.Message], StatusCodes.Status400BadRequest);
        }

        TempData["Notice"] = $"'{item.Path}' is now '{target}'.";
        return Redirect(MediaUrls.Folder(MediaPaths.FolderOf(target)));
    }

    [HttpPost(MediaUrls.Delete)]
    public async Task<IActionResult> Delete(string? path, bool confirm = false)
    {
        var (item, refusal) = await FileForChangeAsync(path);
        if (refusal is not null)
        {
            return refusal;
        }

        var uses = await usages.FindAsync(item!.Path);
        if (uses.Count > 0 && !confirm)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("ConfirmDelete", new MediaDeleteViewModel(item, uses));
        }

        await library.DeleteAsync(item, Actor(), uses.Count > 0 ? MediaUsages.Describe(uses) : null, HttpContext.RequestAborted);
        TempData["Notice"] = $"'{item.Path}' was deleted.";
        return Redirect(MediaUrls.Folder(item.Folder));
    }

    /// <summary>The library as JSON for the rich-text editor's image and document buttons.</summary>
    [HttpGet(MediaUrls.Picker)]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public async Task<IActionResult> Picker(string? q)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ManageOwnMedia))
        {
            return Forbid();
        }

        var files = string.IsNullOrWhiteSpace(q) ? await library.AllAsync(200) : (await library.ListAsync("", q, max: 200)).Files;
        return Json(files.Select(f => new
        {
            f.Path,
            Url = MediaPaths.Url(f.Path),
            f.Name,
            f.IsImage,
            f.Width,
            Label = MediaSizes.Label(f.ContentType, f.Length),
            Thumbnail = f.IsImage ? MediaPaths.Url(f.Path) + "?width=" + ImageWidths.Thumbnail : null,
        }));
    }

    /// <summary>The file named by a form, if this user may change it: anyone's with ManageMedia, one's own with ManageOwnMedia.</summary>
    private async Task<(MediaItem? Item, IActionResult? Refusal)> FileForChangeAsync(string? path)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ManageOwnMedia))
        {
            return (null, Forbid());
        }

        if (!MediaPaths.TryNormalizePath(path, out var normalized, out var problem))
        {
            return (null, await PageAsync("", null, [string.IsNullOrWhiteSpace(path) ? "Say which file." : problem], StatusCodes.Status400BadRequest));
        }

        if (await library.FindAsync(normalized) is not { } item)
        {
            return (null, await PageAsync("", null, [$"'{normalized}' is not in the media library."], StatusCodes.Status400BadRequest));
        }

        if (!await MayChangeAsync(item))
        {
            return (null, Forbid());
        }

        return (item, null);
    }

    private async Task<bool> MayChangeAsync(MediaItem item) =>
        await authorization.AuthorizeAsync(User, Permissions.ManageMedia)
        || (item.OwnerId is not null && item.OwnerId == User.FindFirstValue(ClaimTypes.NameIdentifier));

    private MediaActor Actor() => new(User.FindFirstValue(ClaimTypes.NameIdentifier), User.Identity?.Name);

    private async Task<IActionResult> PageAsync(string folder, string? search, IReadOnlyList<string> errors, int status, string? notice = null)
    {
        MediaPaths.TryNormalizeFolder(folder, out var normalized, out _);
        var (files, folders) = await library.ListAsync(normalized, search);
        var changeable = new HashSet<long>();
        foreach (var file in files)
        {
            if (await MayChangeAsync(file))
            {
                changeable.Add(file.Id);
            }
        }

        Response.StatusCode = status;
        return View("Index", new MediaLibraryViewModel(normalized, search, files, folders, changeable, errors, notice, library.MaxFileBytes));
    }
}

public sealed record MediaLibraryViewModel(string Folder, string? Search, IReadOnlyList<MediaItem> Files, IReadOnlyList<string> Folders,
    IReadOnlySet<long> Changeable, IReadOnlyList<string> Errors, string? Notice, long MaxFileBytes);

public sealed record MediaDeleteViewModel(MediaItem Item, IReadOnlyList<MediaUse> Uses);
