using Microsoft.AspNetCore.Http;

namespace DurhamCms.Display;

/// <summary>
/// A public page's address in the request's culture: "/open-data" on a Spanish page is
/// "/es/datos-abiertos", "/api/plan.json" is "/es/api/plan.json". Views link through this so a
/// resident reading Spanish stays in Spanish. The culture routing (the Localization module) sets
/// the request's prefix; without it every path is returned as given.
/// </summary>
public static class PublicPaths
{
    private const string PrefixKey = "DurhamCms.PublicPaths.Prefix";

    // The pages whose slug is a word residents read; every other path keeps its slug under the prefix.
    private static readonly Dictionary<string, Dictionary<string, string>> TranslatedSlugs = new(StringComparer.Ordinal)
    {
        ["es"] = new(StringComparer.Ordinal) { ["/open-data"] = "/datos-abiertos", ["/search"] = "/buscar" },
    };

    /// <summary>"/es" for a Spanish request; "" (the default) when none was set.</summary>
    public static string Prefix(HttpContext context) => context.Items[PrefixKey] as string ?? "";

    public static void SetPrefix(HttpContext context, string prefix) => context.Items[PrefixKey] = prefix;

    /// <summary><paramref name="path"/> (as in the default culture, starting with "/") in the request's culture.</summary>
    public static string For(HttpContext context, string path) => For(Prefix(context), path);

    public static string For(string prefix, string path)
    {
        if (prefix.Length == 0)
        {
            return path;
        }

        if (TranslatedSlugs.TryGetValue(prefix.TrimStart('/'), out var slugs) && slugs.TryGetValue(path, out var translated))
        {
            path = translated;
        }

        return path == "/" ? prefix : prefix + path;
    }
}
