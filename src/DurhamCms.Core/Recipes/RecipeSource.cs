using System.Text;

namespace DurhamCms.Recipes;

/// <summary>
/// The bytes of one recipe, a file or a string, opened as often as the reader needs: once to
/// check its structure and once per streamed Content step. Nothing is kept in memory between.
/// </summary>
internal sealed class RecipeSource
{
    private const int FileBufferBytes = 64 * 1024;

    private readonly string? _path;
    private readonly byte[]? _bytes;

    private RecipeSource(string name, string? path, byte[]? bytes)
    {
        Name = name;
        _path = path;
        _bytes = bytes;
    }

    /// <summary>What error messages call the recipe: its file name, or "recipe".</summary>
    public string Name { get; }

    public static RecipeSource FromFile(string fullPath) => new(Path.GetFileName(fullPath), fullPath, null);

    public static RecipeSource FromJson(string json, string name = "recipe") => new(name, null, Encoding.UTF8.GetBytes(json));

    public Stream Open() => _bytes is not null
        ? new MemoryStream(_bytes, writable: false)
        : new FileStream(_path!, FileMode.Open, FileAccess.Read, FileShare.Read, FileBufferBytes, FileOptions.Asynchronous | FileOptions.SequentialScan);
}
