using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Handlers;
using DurhamCms.Parts.Liquid;
using DurhamCms.Parts.Models;
using DurhamCms.Parts.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Parts.Handlers;

/// <summary>
/// Generates titles from their pattern when the type says so, and copies the title into the
/// item's DisplayText on every save, for types whose definition has a TitlePart. Registered before the Autoroute handler, whose patterns
/// read the display text.
/// </summary>
/// <remarks>The content manager is resolved late: it depends on the handlers, this one included.</remarks>
public sealed class TitlePartHandler(LiquidPatternRenderer liquid, IServiceProvider services) : ContentHandlerBase
{
    public override Task CreatingAsync(ContentContext context) => SetTitleAsync(context, importing: false);
    public override Task UpdatingAsync(ContentContext context) => SetTitleAsync(context, importing: false);
    public override Task ImportingAsync(ContentContext context) => SetTitleAsync(context, importing: true);

    public override Task ValidatingAsync(ValidateContentContext context)
    {
        if (context.FindPart(nameof(TitlePart)) is not { } typePart)
        {
            return Task.CompletedTask;
        }

        var member = $"{typePart.Name}.{nameof(TitlePart.Title)}";
        var settings = typePart.GetSettings<TitlePartSettings>();
        if (IsGenerated(settings) && liquid.ParseError(settings.Pattern!) is { } error)
        {
            context.Result.Fail(member, $"The title pattern of {context.Definition!.DisplayName} is not valid Liquid: {error}");
        }
        else if (settings.Options == TitlePartOptions.EditableRequired && string.IsNullOrWhiteSpace(context.ContentItem.Get<TitlePart>(typePart.Name)?.Title))
        {
            context.Result.Fail(member, "Title is required.");
        }

        return Task.CompletedTask;
    }

    private async Task SetTitleAsync(ContentContext context, bool importing)
    {
        var item = context.ContentItem;
        var typePart = context.FindPart(nameof(TitlePart));
        var partName = typePart?.Name ?? nameof(TitlePart);
        var settings = typePart?.GetSettings<TitlePartSettings>();
        if (settings is not null && IsGenerated(settings) && liquid.ParseError(settings.Pattern!) is null)
        {
            var title = await liquid.RenderAsync(settings.Pattern!, item, services.GetRequiredService<IContentManager>());
            item.Apply(partName, new TitlePart { Title = title });
        }

        // As Orchard's TitlePartHandler, which runs only for types that have the part: an item
        // whose JSON carries a TitlePart its type does not list keeps the DisplayText it was given,
        // and so does an imported item with an editable title and a DisplayText of its own.
        if (typePart is not null && item.Has(partName)
            && !(importing && !IsGenerated(settings!) && !string.IsNullOrWhiteSpace(item.DisplayText)))
        {
            item.DisplayText = item.Get<TitlePart>(partName)?.Title;
        }
    }

    private static bool IsGenerated(TitlePartSettings settings) =>
        settings.Options is TitlePartOptions.GeneratedDisabled or TitlePartOptions.GeneratedHidden
        && !string.IsNullOrWhiteSpace(settings.Pattern);
}
