using DurhamCms.ContentManagement;
using DurhamCms.Editors;
using DurhamCms.Parts.Models;
using DurhamCms.Parts.Services;
using DurhamCms.Parts.Settings;
using Microsoft.AspNetCore.Http;

namespace DurhamCms.Parts.Editors;

/// <summary>
/// AutoroutePart: shows the item's address; when the type allows a custom path, a box to type
/// one (left empty, the path is generated from the type's pattern on save).
/// </summary>
public sealed class AutoroutePartEditor : IContentPartEditor
{
    public string PartName => nameof(AutoroutePart);

    public EditorShape? Build(EditorContext context)
    {
        var settings = context.Part.GetSettings<AutoroutePartSettings>();
        var stored = PartJson.Read<AutoroutePart>(context);
        return new EditorShape("~/Views/Editors/AutoroutePart.cshtml", new AutoroutePartEditorModel(context, context.Posted(nameof(AutoroutePart.Path)) ?? stored.Path)
        {
            Label = "Address (path)",
            CurrentPath = AutoroutePaths.Normalize(stored.Path) is { Length: > 0 } path ? path : null,
            AllowCustomPath = settings.AllowCustomPath,
            Pattern = settings.Pattern,
            Hint = settings.AllowCustomPath
                ? "Leave empty to make it from the title when saving; or type your own, e.g. initiatives/3-11-affordable-housing."
                : "Made from the title when saving.",
        });
    }

    public void Update(EditorContext context, IFormCollection form, ContentValidationResult result)
    {
        if (!context.Part.GetSettings<AutoroutePartSettings>().AllowCustomPath
            || !form.TryGetValue(context.NameFor(nameof(AutoroutePart.Path)), out var posted))
        {
            return;
        }

        var path = AutoroutePaths.Normalize(posted.ToString());
        if (path.Length > AutoroutePaths.MaxLength)
        {
            result.Fail($"{context.Member}.{nameof(AutoroutePart.Path)}", EditorLimits.TooLong("The path", path.Length, AutoroutePaths.MaxLength));
            return;
        }

        var part = PartJson.Read<AutoroutePart>(context);
        part.Path = path.Length == 0 ? null : path;
        context.Item.Apply(context.Part.Name, part);
    }
}

public sealed class AutoroutePartEditorModel(EditorContext context, string? value) : ValueEditorModel(context, nameof(AutoroutePart.Path), value)
{
    public string? CurrentPath { get; init; }
    public bool AllowCustomPath { get; init; }
    public string? Pattern { get; init; }
}
