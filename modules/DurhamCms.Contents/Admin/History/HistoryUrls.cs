namespace DurhamCms.Contents.Admin.History;

/// <summary>The admin URL contract's history pages: preview, versions, diff, restore.</summary>
public static class HistoryUrls
{
    public static string Preview(string id, string? versionId = null) =>
        versionId is null ? $"{Item(id)}/preview" : $"{Item(id)}/preview?version={Uri.EscapeDataString(versionId)}";

    public static string Versions(string id) => $"{Item(id)}/versions";

    public static string Diff(string id, string from, string to) => $"{Item(id)}/diff?from={Uri.EscapeDataString(from)}&to={Uri.EscapeDataString(to)}";

    public static string DiffForm(string id) => $"{Item(id)}/diff";

    public static string Restore(string id, string versionId) => $"{Item(id)}/versions/{Uri.EscapeDataString(versionId)}/restore";

    public static string Edit(string id) => $"{Item(id)}/edit";

    private static string Item(string id) => $"/admin/contents/{Uri.EscapeDataString(id)}";
}
