using System.Text.Json.Nodes;
using DurhamCms.Media.Services;
using DurhamCms.Recipes;

namespace DurhamCms.Media.Recipes;

/// <summary>
/// Orchard's "media" step: <c>Files</c>, each a <c>TargetPath</c> with its content as
/// <c>Base64</c> (as Orchard's deployment writes it) or a <c>SourcePath</c> beside the recipe.
/// Every file passes the same checks as an upload; one refused file refuses the recipe, and
/// nothing is stored (database rows roll back, files on disk are written only on commit).
/// A file already at the path is replaced, as Orchard does.
/// </summary>
internal sealed class MediaStep(MediaLibrary library) : IRecipeStepHandler
{
    public IReadOnlyCollection<string> StepNames { get; } = ["media"];

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        if (context.Step["Files"] is not JsonArray files)
        {
            throw context.Error("\"Files\" must be an array of files, each with a \"TargetPath\" and a \"Base64\" or \"SourcePath\".");
        }

        for (var i = 0; i < files.Count; i++)
        {
            if (files[i] is not JsonObject file)
            {
                throw context.Error($"file {i + 1} is not an object.");
            }

            var target = Text(file, "TargetPath");
            if (!MediaPaths.TryNormalizePath(target, out var path, out var problem))
            {
                throw context.Error($"file {i + 1} ('{target}'): {problem}");
            }

            var bytes = await ReadAsync(context, file, i, path);
            try
            {
                await library.AddAsync(path, bytes, new MediaActor(null, "recipe"), replace: true);
            }
            catch (MediaRefusedException e)
            {
                throw context.Error($"file {i + 1} ('{path}') is refused: {e.Message}");
            }
        }
    }

    private async Task<byte[]> ReadAsync(RecipeStepContext context, JsonObject file, int index, string path)
    {
        if (Text(file, "Base64") is { Length: > 0 } base64)
        {
            if (base64.Length / 4L * 3 > library.MaxFileBytes + 3)
            {
                throw context.Error($"file {index + 1} ('{path}') is larger than the limit of {MediaSizes.Describe(library.MaxFileBytes)}.");
            }

            try
            {
                return Convert.FromBase64String(base64);
            }
            catch (FormatException)
            {
                throw context.Error($"file {index + 1} ('{path}'): \"Base64\" is not valid base64.");
            }
        }

        if (Text(file, "SourcePath") is { Length: > 0 } source)
        {
            if (context.RecipeDirectory is null)
            {
                throw context.Error($"file {index + 1} ('{path}') names a SourcePath, but this recipe was not read from a folder.");
            }

            var root = Path.GetFullPath(context.RecipeDirectory);
            var full = Path.GetFullPath(Path.Combine(root, source));
            if (!full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw context.Error($"file {index + 1}: the SourcePath '{source}' is outside the recipe's folder; only files beside the recipe are read.");
            }

            var info = new FileInfo(full);
            if (!info.Exists)
            {
                throw context.Error($"file {index + 1}: the SourcePath '{source}' does not exist beside the recipe.");
            }

            if (info.LinkTarget is not null || info.Length > library.MaxFileBytes)
            {
                throw context.Error($"file {index + 1}: '{source}' is a link or larger than the limit of {MediaSizes.Describe(library.MaxFileBytes)}.");
            }

            return await File.ReadAllBytesAsync(full);
        }

        throw context.Error($"file {index + 1} ('{path}') has neither \"Base64\" nor \"SourcePath\".");
    }

    private static string? Text(JsonObject json, string name) =>
        json.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
