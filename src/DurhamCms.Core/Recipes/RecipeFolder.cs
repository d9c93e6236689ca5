namespace DurhamCms.Recipes;

/// <summary>
/// The folder a recipe was read from, the only place its <c>[file: …]</c> expressions may read.
/// Paths are compared after every symbolic link is followed, as the operating system would: a
/// link beside the recipe that points at /etc/passwd, or a linked folder, leads outside and is
/// refused like <c>../</c>.
/// </summary>
internal sealed class RecipeFolder
{
    // Linux's own limit on links followed while resolving one path (MAXSYMLINKS); beyond it the
    // links form a loop.
    private const int MaxLinksFollowed = 40;

    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    private readonly string _root;

    public RecipeFolder(string directory) => _root = RealPath(directory);

    /// <summary>The real path of <paramref name="relative"/>, refused when it leads outside the folder.</summary>
    /// <exception cref="RecipeSandboxException">The path, or a link on the way, leads outside the folder.</exception>
    public string Resolve(string relative)
    {
        var full = RealPath(Path.Combine(_root, relative));
        var inside = full.Length > _root.Length
            && full.StartsWith(_root, PathComparison)
            && (Path.EndsInDirectorySeparator(_root) || Separators.Contains(full[_root.Length]));
        return inside
            ? full
            : throw new RecipeSandboxException($"the file '{relative}' is outside the recipe's folder; recipes may only read files beside them (symbolic links are followed).");
    }

    /// <summary>
    /// The path with every link followed and every <c>..</c> applied to the real parent, component
    /// by component (as POSIX realpath does; <see cref="Path.GetFullPath(string)"/> only edits
    /// the text). Components that do not exist are kept as written.
    /// </summary>
    internal static string RealPath(string path)
    {
        var full = Path.IsPathFullyQualified(path) ? path : Path.Combine(Environment.CurrentDirectory, path);
        var current = Path.GetPathRoot(full)!;
        var pending = new Stack<string>();
        Push(pending, full[current.Length..]);
        var followed = 0;
        while (pending.TryPop(out var part))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Join(current, part);
            if (new FileInfo(next).LinkTarget is not { } target)
            {
                current = next;
                continue;
            }

            if (++followed > MaxLinksFollowed)
            {
                throw new RecipeSandboxException($"the path {path} follows more than {MaxLinksFollowed} symbolic links; they form a loop.");
            }

            // A relative target is read from the link's own folder, which is where we stand.
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }

            Push(pending, target);
        }

        return current;
    }

    private static void Push(Stack<string> pending, string path)
    {
        var parts = path.Split(Separators);
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            pending.Push(parts[i]);
        }
    }
}
