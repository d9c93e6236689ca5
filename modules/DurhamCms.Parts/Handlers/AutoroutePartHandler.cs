using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Handlers;
using DurhamCms.Parts.Liquid;
using DurhamCms.Parts.Models;
using DurhamCms.Parts.Services;
using DurhamCms.Parts.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Parts.Handlers;

/// <summary>
/// Gives routed items their path: generated from the type's pattern when the path is empty or
/// editors may not choose one, kept when they may. A generated path that another item holds
/// gets "-2", "-3"...; a chosen one is refused instead, because silently changing a path an
/// editor typed would publish a URL they never saw.
/// </summary>
/// <remarks>The content manager is resolved late: it depends on the handlers, this one included.</remarks>
// After TitlePartHandler (0): route patterns read the display text it sets.
[ContentHandlerOrder(10)]
public sealed class AutoroutePartHandler(LiquidPatternRenderer liquid, AutoroutePathRegistry paths, IServiceProvider services) : ContentHandlerBase
{
    public override Task CreatingAsync(ContentContext context) => SetPathAsync(context, imported: false);
    public override Task UpdatingAsync(ContentContext context) => SetPathAsync(context, imported: false);

    /// <summary>An imported path is kept whatever the settings, so content moves between sites unchanged.</summary>
    public override Task ImportingAsync(ContentContext context) => SetPathAsync(context, imported: true);

    /// <summary>A clone starts with its original's path, which the original still holds: it gets the next free one.</summary>
    public override async Task ClonedAsync(ContentContext context)
    {
        if (context.FindPart(nameof(AutoroutePart)) is not { } typePart
            || context.ContentItem.Get<AutoroutePart>(typePart.Name) is not { Disabled: false } part
            || AutoroutePaths.Normalize(part.Path) is not { Length: > 0 } path)
        {
            return;
        }

        part.Path = await paths.MakeUniqueAsync(path, context.ContentItem.ContentItemId);
        part.SetHomepage = false;
        context.ContentItem.Apply(typePart.Name, part);
    }

    public override async Task ValidatingAsync(ValidateContentContext context)
    {
        if (context.FindPart(nameof(AutoroutePart)) is not { } typePart)
        {
            return;
        }

        var member = $"{typePart.Name}.{nameof(AutoroutePart.Path)}";
        var pattern = typePart.GetSettings<AutoroutePartSettings>().Pattern;
        if (!string.IsNullOrWhiteSpace(pattern) && liquid.ParseError(pattern) is { } error)
        {
            context.Result.Fail(member, $"The route pattern of {context.Definition!.DisplayName} is not valid Liquid: {error}");
        }

        var part = context.ContentItem.Get<AutoroutePart>(typePart.Name);
        var path = AutoroutePaths.Normalize(part?.Path);
        if (part is null || part.Disabled || path.Length == 0)
        {
            return;
        }

        if (AutoroutePaths.Problem(path) is { } problem)
        {
            context.Result.Fail(member, $"The path '{path}' {problem}");
        }
        else if (await paths.IsTakenAsync(path, context.ContentItem.ContentItemId))
        {
            context.Result.Fail(member, $"The path '{path}' is already used by another item; choose another.");
        }
    }

    private async Task SetPathAsync(ContentContext context, bool imported)
    {
        if (context.FindPart(nameof(AutoroutePart)) is not { } typePart)
        {
            return;
        }

        var item = context.ContentItem;
        var part = item.Get<AutoroutePart>(typePart.Name) ?? new AutoroutePart();
        if (part.Disabled)
        {
            return;
        }

        var settings = typePart.GetSettings<AutoroutePartSettings>();
        var given = AutoroutePaths.Normalize(part.Path);
        var keepGiven = given.Length > 0 && (imported || settings.AllowCustomPath);
        part.Path = keepGiven ? given : await GenerateAsync(settings.Pattern, item) ?? given;
        item.Apply(typePart.Name, part);
    }

    /// <summary>The pattern's path made unique, or null when there is no usable pattern (validation reports a broken one).</summary>
    private async Task<string?> GenerateAsync(string? pattern, ContentItem item)
    {
        if (string.IsNullOrWhiteSpace(pattern) || liquid.ParseError(pattern) is not null)
        {
            return null;
        }

        var path = AutoroutePaths.NormalizeGenerated(await liquid.RenderAsync(pattern, item, services.GetRequiredService<IContentManager>()));
        return path.Length == 0 ? null : await paths.MakeUniqueAsync(path, item.ContentItemId);
    }
}
