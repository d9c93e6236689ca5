namespace DurhamCms.Media.Services;

/// <summary>
/// The only widths images are resized to. A request for any other width is rounded up to the
/// next one (and down to the largest): resizing to whatever number a URL names would let anyone
/// fill the cache and the CPU for free.
/// </summary>
public static class ImageWidths
{
    public static readonly IReadOnlyList<int> All = [160, 320, 480, 640, 960, 1280, 1920];

    public const int Thumbnail = 160;

    public static int Fit(int requested) => All.FirstOrDefault(w => w >= requested) is var w and > 0 ? w : All[^1];

    /// <summary>The widths worth offering in a srcset for an image this wide (never wider than it).</summary>
    public static IEnumerable<int> For(int? originalWidth) => All.Where(w => w >= 320 && (originalWidth is null || w < originalWidth));
}
