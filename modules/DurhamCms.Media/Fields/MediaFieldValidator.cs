using DurhamCms.ContentFields.Validation;
using DurhamCms.Media.Services;
using DurhamCms.Recipes;

namespace DurhamCms.Media.Fields;

/// <summary>
/// The editor and imports alike: one file unless Multiple, some when Required, every path a
/// library file of an allowed extension, and every image with alternative text or marked
/// decorative (WCAG 1.1.1). An import is not refused for the last two (Orchard's content often
/// arrives before, or without, its files and texts): each becomes a warning naming the item.
/// </summary>
public sealed class MediaFieldValidator(MediaLibrary library, ContentImportJournal? journal = null) : IContentFieldValidator
{
    public string FieldName => nameof(MediaField);

    public async Task ValidateAsync(FieldValidationContext context)
    {
        if (!context.TryRead<MediaField>("must list library paths (\"Paths\") with their texts (\"MediaTexts\").", out var field))
        {
            return;
        }

        var settings = context.Settings<MediaFieldSettings>();
        var paths = field.Paths.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        if (paths.Count == 0)
        {
            if (settings.Required)
            {
                context.FailRequired();
            }

            return;
        }

        if (!settings.Multiple && paths.Count > 1)
        {
            context.Fail("takes only one file.");
        }

        var importing = journal?.Active == true;
        var normalized = new List<string>();
        foreach (var path in paths)
        {
            if (!MediaPaths.TryNormalizePath(path, out var n, out var problem))
            {
                context.Fail($"names '{path}', which is not a library path: {problem}");
                continue;
            }

            if (settings.AllowedExtensions.Length > 0 && !settings.AllowedExtensions.Contains(MediaPaths.Extension(n), StringComparer.OrdinalIgnoreCase))
            {
                context.Fail($"takes only {string.Join(", ", settings.AllowedExtensions)} files; '{n}' is not one.");
            }

            normalized.Add(n);
        }

        var known = (await library.FindManyAsync(normalized)).ToDictionary(m => m.Path, StringComparer.Ordinal);
        for (var i = 0; i < field.Paths.Length; i++)
        {
            if (!MediaPaths.TryNormalizePath(field.Paths[i], out var path, out _))
            {
                continue;
            }

            if (!known.TryGetValue(path, out var item))
            {
                Report(context, importing, $"names '{path}', which is not in the media library.");
                continue;
            }

            if (item.IsImage && string.IsNullOrWhiteSpace(field.TextAt(i)) && !field.IsDecorative(i))
            {
                Report(context, importing, $"has the image '{path}' without alternative text: describe what it shows for people who cannot see it, or mark it decorative.");
            }
        }
    }

    private void Report(FieldValidationContext context, bool importing, string problem)
    {
        if (importing)
        {
            journal!.Note($"{context.Member}: {context.DisplayName} {problem}");
        }
        else
        {
            context.Fail(problem);
        }
    }
}
