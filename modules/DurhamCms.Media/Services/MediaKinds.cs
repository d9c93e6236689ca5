namespace DurhamCms.Media.Services;

/// <summary>The file types the library takes: what their bytes start with decides, the extension must agree.</summary>
public sealed record MediaKind(string Label, string ContentType, IReadOnlyList<string> Extensions, bool IsImage)
{
    public static readonly MediaKind Jpeg = new("JPEG", "image/jpeg", [".jpg", ".jpeg"], true);
    public static readonly MediaKind Png = new("PNG", "image/png", [".png"], true);
    public static readonly MediaKind Gif = new("GIF", "image/gif", [".gif"], true);
    public static readonly MediaKind WebP = new("WebP", "image/webp", [".webp"], true);
    public static readonly MediaKind Pdf = new("PDF", "application/pdf", [".pdf"], false);
    public static readonly MediaKind Csv = new("CSV", "text/csv", [".csv"], false);
    public static readonly MediaKind Xlsx = new("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"], false);
    public static readonly MediaKind Docx = new("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"], false);

    public static readonly IReadOnlyList<MediaKind> All = [Jpeg, Png, Gif, WebP, Pdf, Csv, Xlsx, Docx];

    public static MediaKind? ByExtension(string path) =>
        All.FirstOrDefault(k => k.Extensions.Contains(MediaPaths.Extension(path), StringComparer.Ordinal));

    public static MediaKind? ByContentType(string contentType) =>
        All.FirstOrDefault(k => string.Equals(k.ContentType, contentType, StringComparison.OrdinalIgnoreCase));

    public static string AcceptedList => string.Join(", ", All.Select(k => k.Label));
}

/// <summary>"Annual report (PDF, 2.3 MB)": how GOV.UK names a document to download.</summary>
public static class MediaSizes
{
    public static string Describe(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => $"{Math.Max(1, Math.Round(bytes / 1024.0)):0} KB",
        _ => $"{bytes / (1024.0 * 1024.0):0.0} MB",
    };

    public static string Label(string contentType, long bytes) =>
        $"{MediaKind.ByContentType(contentType)?.Label ?? "file"}, {Describe(bytes)}";
}
