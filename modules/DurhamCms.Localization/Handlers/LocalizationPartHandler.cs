using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Handlers;
using DurhamCms.Data;
using DurhamCms.Localization.Indexes;
using DurhamCms.Localization.Models;
using DurhamCms.Localization.Services;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Localization.Handlers;

/// <summary>
/// As Orchard's LocalizationPartHandler: a new item of a type with the part starts its own set in the
/// default culture, and a clone starts a new set (it is another item, not a translation). A set an
/// item starts is named by the item's own id, so a recipe imported twice links its translations to
/// the same set both times (Orchard draws a new id; any unique id will do). Validation
/// (called by the editor and import alike) refuses a culture the site does not support and a second
/// item of one culture in one set.
/// </summary>
public sealed class LocalizationPartHandler(ContentCultures cultures, DurhamDbContext db) : ContentHandlerBase
{
    private const string Member = nameof(LocalizationPart);

    public override Task CreatingAsync(ContentContext context) => FillAsync(context);

    public override Task ImportingAsync(ContentContext context) => FillAsync(context);

    public override Task ClonedAsync(ContentContext context)
    {
        if (context.ContentItem.As<LocalizationPart>() is not null)
        {
            context.ContentItem.Alter<LocalizationPart>(p => p.LocalizationSet = SetStartedBy(context.ContentItem));
        }

        return Task.CompletedTask;
    }

    public override async Task ValidatingAsync(ValidateContentContext context)
    {
        var item = context.ContentItem;
        if (item.As<LocalizationPart>() is not { } part)
        {
            return;
        }

        var name = $"{item.ContentType} '{item.DisplayText ?? item.ContentItemId}'";
        var site = await cultures.GetAsync();
        if (part.Culture is { Length: > 0 } culture && !site.IsSupported(culture))
        {
            context.Result.Fail($"{Member}.Culture",
                $"{name} is in culture '{culture}', which this site does not support: use one of {string.Join(", ", site.SupportedCultures)} (LocalizationSettings.SupportedCultures).");
        }

        if (part.LocalizationSet is { Length: > 0 } set)
        {
            if (set.Length > LocalizedContentItemIndexConfiguration.MaxSetLength)
            {
                context.Result.Fail($"{Member}.LocalizationSet", $"{name} has LocalizationSet '{set}', longer than the {LocalizedContentItemIndexConfiguration.MaxSetLength} characters of an id.");
            }
            else if (part.Culture is { Length: > 0 } c)
            {
                await CheckOnePerCultureAsync(context, name, set, c);
            }
        }
    }

    private async Task CheckOnePerCultureAsync(ValidateContentContext context, string name, string set, string culture)
    {
        var normalized = culture.ToLowerInvariant();
        var id = context.ContentItem.ContentItemId;
        var other = await db.Set<LocalizedContentItemIndex>().AsNoTracking()
            .Where(x => x.LocalizationSet == set && x.NormalizedCulture == normalized && x.ContentItemId != id && (x.Latest || x.Published))
            .Select(x => x.ContentItemId)
            .FirstOrDefaultAsync();
        if (other is not null)
        {
            context.Result.Fail($"{Member}.Culture", $"{name}: item {other} is already the {culture} translation in LocalizationSet {set}; edit that one instead.");
        }
    }

    private async Task FillAsync(ContentContext context)
    {
        var item = context.ContentItem;
        if (context.Definition?.HasPart(Member) != true)
        {
            return;
        }

        var part = item.As<LocalizationPart>();
        if (part?.LocalizationSet is { Length: > 0 } && part.Culture is { Length: > 0 })
        {
            return;
        }

        var defaultCulture = (await cultures.GetAsync()).DefaultCulture;
        item.Alter<LocalizationPart>(p =>
        {
            p.LocalizationSet = string.IsNullOrEmpty(p.LocalizationSet) ? SetStartedBy(item) : p.LocalizationSet;
            p.Culture = string.IsNullOrEmpty(p.Culture) ? defaultCulture : p.Culture;
        });
    }

    private static string SetStartedBy(ContentItem item) => IdGenerator.IsValid(item.ContentItemId) ? item.ContentItemId : IdGenerator.NewId();
}
