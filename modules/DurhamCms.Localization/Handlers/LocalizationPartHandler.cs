using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Handlers;
using DurhamCms.Data;
using DurhamCms.Localization.Indexes;
using DurhamCms.Localization.Models;
using DurhamCms.Localization.Services;
using DurhamCms.Recipes;
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
public sealed class LocalizationPartHandler(ContentCultures cultures, DurhamDbContext db, ContentImportJournal? journal = null) : ContentHandlerBase
{
    private const string Member = nameof(LocalizationPart);

    // A recipe's new items start sets named by their own ids. Which of the current batch's new ids
    // already name a set with rows is read once per batch; a set written since is checked in the
    // database again, so the per-batch answer only ever saves a query that would have found nothing.
    private readonly UnstoredWithoutRows? _emptySets = journal is null ? null : new(journal, ids =>
        db.Set<LocalizedContentItemIndex>().AsNoTracking().Where(x => ids.Contains(x.LocalizationSet)).Select(x => x.LocalizationSet).Distinct().ToListAsync());
    private readonly HashSet<string> _writtenSets = new(StringComparer.Ordinal);

    public override Task CreatingAsync(ContentContext context) => FillAsync(context);

    public override Task ImportedAsync(ContentContext context) => Written(context);

    public override Task CreatedAsync(ContentContext context) => Written(context);

    public override Task UpdatedAsync(ContentContext context) => Written(context);

    public override Task VersionedAsync(VersionContentContext context) => Written(context);

    public override Task RestoredAsync(ContentContext context) => Written(context);

    public override Task PublishedAsync(PublishContentContext context) => Written(context);

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
        if (await IsEmptyImportedSetAsync(id, set))
        {
            return;
        }

        var other = await db.Set<LocalizedContentItemIndex>().AsNoTracking()
            .Where(x => x.LocalizationSet == set && x.NormalizedCulture == normalized && x.ContentItemId != id && (x.Latest || x.Published))
            .Select(x => x.ContentItemId)
            .FirstOrDefaultAsync();
        if (other is not null)
        {
            context.Result.Fail($"{Member}.Culture", $"{name}: item {other} is already the {culture} translation in LocalizationSet {set}; edit that one instead.");
        }
    }

    /// <summary>
    /// True when a recipe's new item starts its own set (named by its id) and no row named that set
    /// when the batch began nor was written since: no other item can be in it.
    /// </summary>
    private async Task<bool> IsEmptyImportedSetAsync(string contentItemId, string set) =>
        _emptySets is not null && set == contentItemId && !_writtenSets.Contains(set) && await _emptySets.HasNoRowAsync(set);

    private Task Written(ContentContext context)
    {
        if (journal is { Active: true } && ContentCultures.SetOf(context.ContentItem) is { } set)
        {
            _writtenSets.Add(set);
        }

        return Task.CompletedTask;
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
