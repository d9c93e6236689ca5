using DurhamCms.ContentManagement;
using DurhamCms.Localization.Services;
using DurhamCms.StrategicPlan.Models;
using DurhamCms.Subscriptions.Models;

namespace DurhamCms.Subscriptions.Services;

/// <summary>What a sign-up names: the whole plan, or a published priority or initiative.</summary>
/// <param name="ContentItemId">The default-culture item (what the sender matches on); null for the plan.</param>
/// <param name="Title">The item's title as the page showed it (its own language); null for the plan.</param>
public sealed record SubscriptionTarget(string Scope, string? ContentItemId, string? Title);

/// <summary>
/// Turns the scope and id of a "Get email updates" link into a target. A Spanish page's item is a
/// translation: the subscription is kept against the default-culture item, which is the one whose
/// status updates are published and matched by the sender.
/// </summary>
public sealed class SubscriptionTargets(IContentManager contentManager, ContentCultures cultures, LocalizedContentQuery translations)
{
    /// <summary>The target, or null when the scope is unknown or the id is not a published item of that scope.</summary>
    public async Task<SubscriptionTarget?> FindAsync(string? scope, string? id)
    {
        var canonical = SubscriptionScopes.Parse(scope);
        if (canonical == SubscriptionScopes.Plan)
        {
            return new SubscriptionTarget(SubscriptionScopes.Plan, null, null);
        }

        // Content item ids are 26 characters; anything else is not worth a query.
        if (canonical is null || string.IsNullOrWhiteSpace(id) || id.Length > 26 || !id.All(char.IsAsciiLetterOrDigit))
        {
            return null;
        }

        var type = canonical == SubscriptionScopes.Priority ? PlanContent.Priority.Type : PlanContent.Initiative.Type;
        var item = await contentManager.GetAsync(id, VersionOptions.Published);
        if (item is null || item.ContentType != type)
        {
            return null;
        }

        var source = await cultures.IsTranslationAsync(item) ? await translations.SourceAsync(item) ?? item : item;
        return new SubscriptionTarget(canonical, source.ContentItemId, item.DisplayText ?? item.ContentItemId);
    }

    /// <summary>Titles of the items <paramref name="subscriptions"/> follow, for the manage and admin pages.</summary>
    public async Task<IReadOnlyDictionary<string, string>> TitlesAsync(IEnumerable<SubscriptionRecord> subscriptions)
    {
        var ids = subscriptions.Select(s => s.ContentItemId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<string, string>();
        }

        var items = await contentManager.GetManyAsync(ids, VersionOptions.Published);
        return items.ToDictionary(i => i.ContentItemId, i => i.DisplayText ?? i.ContentItemId, StringComparer.Ordinal);
    }
}
