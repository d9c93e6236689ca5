using DurhamCms.Media.Models;

namespace DurhamCms.Media.Fields;

/// <summary>An image as residents get it: srcset over the fixed widths, and its alternative text ("" for decoration).</summary>
public sealed record ResponsiveImageModel(MediaItem Item, string Alt, bool Eager);
