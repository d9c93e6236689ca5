using System.Security.Claims;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Data;
using DurhamCms.Users;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Contents.Admin.List;

/// <summary>
/// The admin content list: latest versions from the ContentItems columns (never documents),
/// filtered, searched, sorted and paged in the database; other states (a workflow's) come from
/// the modules' <see cref="IContentListStateSource"/>s, statuses from the site's status source.
/// </summary>
public sealed class ContentListQuery(
    DurhamDbContext db,
    IContentDefinitionManager definitions,
    ContentAccess access,
    IUserDirectory users,
    IEnumerable<IContentListStateSource> stateSources,
    IEnumerable<IContentStatusSource> statusSources,
    IEnumerable<IContentNumberSource> numberSources,
    IEnumerable<IContentCultureSource> cultureSources)
{
    public const string Draft = "draft";
    public const string Published = "published";

    /// <summary>How many ids of one module's state the list asks for; more than any review queue holds.</summary>
    private const int MaxItemsInState = 5000;

    private readonly IReadOnlyList<IContentListStateSource> _stateSources = stateSources.ToList();

    public async Task<ContentListPage> GetAsync(ContentListFilter filter, ClaimsPrincipal user)
    {
        // One vocabulary of statuses per site: the first module that offers one.
        var statusSource = statusSources.FirstOrDefault();
        var numberSource = numberSources.FirstOrDefault();
        var types = (await definitions.ListTypeDefinitionsAsync()).ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);

        var query = db.ContentItems.AsNoTracking().Where(r => r.Latest);
        if (filter.Type is { } type)
        {
            query = query.Where(r => r.ContentType == type);
        }

        if (filter.Owner is { } ownerFilter)
        {
            var ownerId = ownerFilter == "me" ? userId : ownerFilter;
            var ownerName = ownerId is null ? null : (await users.FindByIdAsync(ownerId))?.UserName;
            query = query.Where(r => r.Owner == ownerId || (ownerName != null && r.Owner == ownerName));
        }

        if (filter.Q is { } text)
        {
            // lower() on both sides in SQL: the same case-insensitive match on SQLite and PostgreSQL.
            // (The StringComparison overload CA1862 suggests has no SQL translation.)
            var lowered = text.ToLowerInvariant();
#pragma warning disable CA1862
            // "3.11" also finds initiative 3.11 and what belongs to it, whatever their titles say.
            var numbered = numberSource is not null && ContentNumberText.LooksLikeNumber(text) ? numberSource.LatestIdsNumbered(text) : null;
            query = numbered is null
                ? query.Where(r => r.DisplayText != null && r.DisplayText.ToLower().Contains(lowered))
                : query.Where(r => (r.DisplayText != null && r.DisplayText.ToLower().Contains(lowered)) || numbered.Contains(r.ContentItemId));
#pragma warning restore CA1862
        }

        if (filter.Status is { } status && statusSource is not null)
        {
            var withStatus = statusSource.LatestIdsWithStatus(status);
            query = query.Where(r => withStatus.Contains(r.ContentItemId));
        }

        query = await FilterByStateAsync(query, filter.State);

        var total = await query.CountAsync();
        var pageCount = Math.Max(1, (total + ContentListFilter.PageSize - 1) / ContentListFilter.PageSize);
        var page = Math.Min(filter.Page, pageCount);
        var ordered = filter.Sort switch
        {
            "title" => query.OrderBy(r => r.DisplayText).ThenBy(r => r.ContentItemId),
            "type" => query.OrderBy(r => r.ContentType).ThenBy(r => r.DisplayText).ThenBy(r => r.ContentItemId),
            _ => query.OrderByDescending(r => r.ModifiedUtc).ThenBy(r => r.ContentItemId),
        };
        var rows = await ordered.Skip((page - 1) * ContentListFilter.PageSize).Take(ContentListFilter.PageSize)
            .Select(r => new { r.ContentItemId, r.ContentType, r.DisplayText, r.ModifiedUtc, r.Owner, r.Published })
            .ToListAsync();

        var ids = rows.Select(r => r.ContentItemId).ToList();
        var livePublished = await db.ContentItems.AsNoTracking()
            .Where(r => r.Published && !r.Latest && ids.Contains(r.ContentItemId))
            .Select(r => r.ContentItemId).ToListAsync();
        var stateLabels = await StateLabelsAsync(ids);
        var statuses = statusSource is null ? null : await statusSource.GetLatestStatusesAsync(ids);
        var owners = await OwnerNamesAsync(rows.Select(r => r.Owner));
        var numbers = numberSource is null ? null : await numberSource.GetLatestNumbersAsync(ids);
        var cultureSource = cultureSources.FirstOrDefault();
        var cultures = cultureSource is null ? null : await cultureSource.GetLatestCulturesAsync(ids);

        var result = new List<ContentListRow>(rows.Count);
        foreach (var r in rows)
        {
            result.Add(new ContentListRow(r.ContentItemId, r.ContentType, types.TryGetValue(r.ContentType, out var d) ? d.DisplayName : r.ContentType, r.DisplayText ?? "(untitled)")
            {
                ModifiedUtc = r.ModifiedUtc,
                OwnerName = r.Owner is null ? null : owners.GetValueOrDefault(r.Owner, r.Owner),
                Publication = r.Published ? "Published" : livePublished.Contains(r.ContentItemId) ? "Draft (published version live)" : "Draft",
                StateLabel = stateLabels.GetValueOrDefault(r.ContentItemId),
                Status = statuses?.GetValueOrDefault(r.ContentItemId),
                Number = numbers?.GetValueOrDefault(r.ContentItemId),
                Culture = cultures?.GetValueOrDefault(r.ContentItemId),
                CanEdit = await access.MayEditAsync(user, r.ContentType, r.Owner),
            });
        }

        return new ContentListPage(filter with { Page = page }, result, total, pageCount)
        {
            Types = types.Values.Where(t => t.TypeSettings.Listable).OrderBy(t => t.DisplayName, StringComparer.Ordinal).Select(t => new FilterOption(t.Name, t.DisplayName)).ToList(),
            States = [new(Draft, "Draft"), new(Published, "Published"), .. await ModuleStatesAsync()],
            Statuses = statusSource is null ? [] : (await statusSource.GetStatusesAsync()).Select(s => new FilterOption(s, s)).ToList(),
            Owners = await OwnerOptionsAsync(),
            NumberParentHeading = numberSource?.ParentHeading,
            ShowsLanguage = cultureSource is not null,
            Creatable = await CreatableAsync(types.Values, user, userId),
        };
    }

    private async Task<IQueryable<ContentItemRecord>> FilterByStateAsync(IQueryable<ContentItemRecord> query, string? state)
    {
        switch (state?.ToLowerInvariant())
        {
            case null:
                return query;
            case Draft:
                return query.Where(r => !r.Published);
            case Published:
                return query.Where(r => r.Published);
        }

        foreach (var source in _stateSources)
        {
            var known = (await source.GetStatesAsync()).FirstOrDefault(s => string.Equals(s.Value, state, StringComparison.OrdinalIgnoreCase));
            if (known is not null && await source.ListInStateAsync(known.Value, MaxItemsInState) is { } ids)
            {
                return query.Where(r => ids.Contains(r.ContentItemId));
            }
        }

        // An unknown state is ignored, as every other unknown filter value.
        return query;
    }

    private async Task<IReadOnlyList<FilterOption>> ModuleStatesAsync()
    {
        var states = new List<FilterOption>();
        foreach (var source in _stateSources)
        {
            states.AddRange(await source.GetStatesAsync());
        }

        return states;
    }

    private async Task<Dictionary<string, string>> StateLabelsAsync(IReadOnlyCollection<string> ids)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in _stateSources)
        {
            foreach (var (id, label) in await source.GetLabelsAsync(ids))
            {
                labels.TryAdd(id, label);
            }
        }

        return labels;
    }

    private Task<IReadOnlyDictionary<string, string>> OwnerNamesAsync(IEnumerable<string?> owners) =>
        users.NamesByIdAsync(owners.OfType<string>().Distinct(StringComparer.Ordinal).ToList());

    private async Task<IReadOnlyList<FilterOption>> OwnerOptionsAsync() =>
        (await users.ListAsync()).Select(u => new FilterOption(u.Id, u.UserName)).ToList();

    private async Task<IReadOnlyList<FilterOption>> CreatableAsync(IEnumerable<ContentTypeDefinition> types, ClaimsPrincipal user, string? userId)
    {
        var creatable = new List<FilterOption>();
        foreach (var type in types.Where(t => t.TypeSettings.Creatable).OrderBy(t => t.DisplayName, StringComparer.Ordinal))
        {
            if (await access.MayCreateAsync(user, type.Name, userId))
            {
                creatable.Add(new FilterOption(type.Name, type.DisplayName));
            }
        }

        return creatable;
    }
}
