namespace DurhamCms.Contents.Admin.List;

/// <summary>
/// The content list's query string (the admin URL contract):
/// <c>/admin/contents?type=&amp;state=&amp;status=&amp;owner=&amp;q=&amp;sort=&amp;page=</c>. Unknown values are ignored, not errors.
/// </summary>
public sealed record ContentListFilter
{
    public const int PageSize = 25;
    public const int MaxQueryLength = 200;

    public string? Type { get; init; }

    /// <summary>"draft", "published", or a state a module offers (a workflow's "InReview").</summary>
    public string? State { get; init; }

    /// <summary>A status of the site's vocabulary (the plan's "In Progress"...).</summary>
    public string? Status { get; init; }

    /// <summary>A user id, or "me".</summary>
    public string? Owner { get; init; }

    /// <summary>Text searched for in the display text.</summary>
    public string? Q { get; init; }

    /// <summary>"modified" (newest first, the default), "title" or "type".</summary>
    public string? Sort { get; init; }

    public int Page { get; init; } = 1;

    public static ContentListFilter Normalize(string? type, string? state, string? status, string? owner, string? q, string? sort, int? page)
    {
        var text = Clean(q);
        var order = Clean(sort)?.ToLowerInvariant();
        return new ContentListFilter
        {
            Type = Clean(type),
            State = Clean(state),
            Status = Clean(status),
            Owner = Clean(owner),
            Q = text is { Length: > MaxQueryLength } ? text[..MaxQueryLength] : text,
            Sort = order is "title" or "type" ? order : "modified",
            Page = page is > 0 ? page.Value : 1,
        };
    }

    /// <summary>This filter's URL with some values changed (null keeps, "" clears); paging restarts unless a page is given.</summary>
    public string ToUrl(int? page = null, string? sort = null)
    {
        var pairs = new List<(string, string?)>
        {
            ("type", Type), ("state", State), ("status", Status), ("owner", Owner), ("q", Q),
            ("sort", (sort ?? Sort) is "modified" ? null : sort ?? Sort),
            ("page", page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null),
        };
        var query = string.Join("&", pairs.Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));
        return query.Length == 0 ? ContentListUrls.List : $"{ContentListUrls.List}?{query}";
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>The admin URLs the list and the dashboard link to (the admin URL contract).</summary>
public static class ContentListUrls
{
    public const string Dashboard = "/admin";
    public const string List = "/admin/contents";

    public static string Edit(string contentItemId) => $"/admin/contents/{Uri.EscapeDataString(contentItemId)}/edit";

    public static string Create(string type) => $"/admin/contents/create/{Uri.EscapeDataString(type)}";
}
