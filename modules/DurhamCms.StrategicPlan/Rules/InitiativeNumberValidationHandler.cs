using System.Globalization;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Handlers;
using DurhamCms.Data;
using DurhamCms.Localization.Services;
using DurhamCms.Recipes;
using DurhamCms.StrategicPlan.Indexes;
using DurhamCms.StrategicPlan.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static DurhamCms.StrategicPlan.Models.PlanContent;

namespace DurhamCms.StrategicPlan.Rules;

/// <summary>
/// An initiative's number: in x.yz form, under the priority it picks, and not used by another
/// initiative. The content manager calls this on create, update and import alike, so the editor
/// and recipes refuse the same numbers with the same words. Emptiness, the picker's target and
/// the status vocabulary are the fields' own rules (ContentFields), not repeated here.
/// </summary>
/// <remarks>The content manager is resolved late: it depends on the handlers, this one included.
/// A translation repeats its source's number by design and is checked as a translation (LocalizationPart), not here.</remarks>
public sealed class InitiativeNumberValidationHandler(DurhamDbContext db, ContentCultures cultures, IServiceProvider services, ContentImportJournal? journal = null) : ContentHandlerBase
{
    private const string Member = $"{Initiative.Type}.{Initiative.Number}";

    // A recipe's initiatives name a handful of priorities: each is read once while the import
    // journal's generation holds (a stored version written over, or a new batch, forgets them).
    private readonly Dictionary<string, PickedPriority> _priorities = new(StringComparer.Ordinal);
    private int _generation = -1;

    public override async Task ValidatingAsync(ValidateContentContext context)
    {
        var item = context.ContentItem;
        if (item.ContentType != Initiative.Type || context.Definition is null
            || item.Text(Initiative.Number)?.Trim() is not { Length: > 0 } text
            || await cultures.IsTranslationAsync(item))
        {
            return;
        }

        // Only the canonical spelling is accepted ("3.101" reads as 3.1 then 01, the same number
        // as "3.11"), so the index's text column is enough to find a duplicate.
        if (!InitiativeNumber.TryParse(text, out var number) || number.ToString() != text)
        {
            context.Result.Fail(Member, $"Number '{text}' is not an initiative number: use x.yz, e.g. 3.11.");
            return;
        }

        await CheckPriorityAsync(context, number);
        await CheckUniqueAsync(context, number);
    }

    private async Task CheckPriorityAsync(ValidateContentContext context, InitiativeNumber number)
    {
        // A missing or unknown priority is the picker field's own error.
        if (context.ContentItem.PickedId(Initiative.Priority) is not { } priorityId
            || await PriorityAsync(priorityId) is not { Number: { } priorityNumber } priority)
        {
            return;
        }

        if (priorityNumber != number.Priority)
        {
            var picked = priorityNumber.ToString("0", CultureInfo.InvariantCulture);
            context.Result.Fail(Member,
                $"Number {number} starts with priority {number.Priority}, but the picked priority '{priority.DisplayText}' is number {picked}: "
                + $"use {picked}.yz or pick priority {number.Priority}.");
        }
    }

    private async Task CheckUniqueAsync(ValidateContentContext context, InitiativeNumber number)
    {
        var text = number.ToString();
        var id = context.ContentItem.ContentItemId;
        var other = await db.Set<InitiativeIndex>().AsNoTracking()
            .Where(x => x.Number == text && x.ContentItemId != id && (x.Latest || x.Published))
            .OrderByDescending(x => x.Latest)
            .Select(x => x.Title)
            .FirstOrDefaultAsync();
        if (other is not null)
        {
            context.Result.Fail(Member, $"Number {text} is already used by initiative '{other}'.");
        }
    }

    private async Task<PickedPriority?> PriorityAsync(string contentItemId)
    {
        if (journal is not { Active: true })
        {
            return await FindAsync(contentItemId);
        }

        if (_generation != journal.Generation)
        {
            _priorities.Clear();
            _generation = journal.Generation;
        }

        // One not found is asked again: the recipe may bring it further down.
        if (!_priorities.TryGetValue(contentItemId, out var priority) && (priority = await FindAsync(contentItemId)) is not null)
        {
            _priorities[contentItemId] = priority;
        }

        return priority;
    }

    private async Task<PickedPriority?> FindAsync(string contentItemId)
    {
        var contentManager = services.GetRequiredService<IContentManager>();
        var item = await contentManager.GetAsync(contentItemId, VersionOptions.Latest)
            ?? await contentManager.GetAsync(contentItemId, VersionOptions.Published);
        return item is null ? null : new PickedPriority(item.DisplayText, item.Number(PlanContent.Priority.Number));
    }

    private sealed record PickedPriority(string? DisplayText, decimal? Number);
}
