using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Handlers;
using DurhamCms.Parts.Models;
using DurhamCms.StrategicPlan.Models;
using Microsoft.Extensions.DependencyInjection;
using static DurhamCms.StrategicPlan.Models.PlanContent;

namespace DurhamCms.StrategicPlan.Rules;

/// <summary>
/// A status update always has a title people can read: the one its author typed, or else one made
/// from its initiative's number and its period ("3.11 — FY2025 Q3"), never its 26-character id.
/// The content manager calls this on create, update and import alike; it runs after the Parts
/// module's title handler, so it sets the display text itself.
/// </summary>
/// <remarks>The content manager is resolved late: it depends on the handlers, this one included.</remarks>
public sealed class StatusUpdateTitleHandler(IServiceProvider services) : ContentHandlerBase
{
    private const string Member = $"{nameof(TitlePart)}.{nameof(TitlePart.Title)}";

    public override Task CreatingAsync(ContentContext context) => GenerateWhenBlankAsync(context.ContentItem);
    public override Task UpdatingAsync(ContentContext context) => GenerateWhenBlankAsync(context.ContentItem);
    public override Task ImportingAsync(ContentContext context) => GenerateWhenBlankAsync(context.ContentItem);

    public override Task ValidatingAsync(ValidateContentContext context)
    {
        if (context.ContentItem.ContentType == StatusUpdate.Type && context.Definition is not null
            && string.IsNullOrWhiteSpace(context.ContentItem.Get<TitlePart>(nameof(TitlePart))?.Title))
        {
            context.Result.Fail(Member,
                "Title is required: type one, or pick the initiative and enter the period and one is made for you (e.g. \"3.11 — FY2025 Q3\").");
        }

        return Task.CompletedTask;
    }

    /// <summary>"3.11 — FY2025 Q3"; null when the initiative or the period is missing.</summary>
    public static string? GeneratedTitle(string? initiativeNumber, string? period) =>
        string.IsNullOrWhiteSpace(initiativeNumber) || string.IsNullOrWhiteSpace(period)
            ? null
            : $"{initiativeNumber.Trim()} — {period.Trim()}";

    private async Task GenerateWhenBlankAsync(ContentItem item)
    {
        if (item.ContentType != StatusUpdate.Type || !string.IsNullOrWhiteSpace(item.Get<TitlePart>(nameof(TitlePart))?.Title))
        {
            return;
        }

        var number = item.PickedId(StatusUpdate.Initiative) is { } initiativeId && await FindAsync(initiativeId) is { } initiative
            ? initiative.Text(Initiative.Number)
            : null;
        if (GeneratedTitle(number, item.Text(StatusUpdate.Period)) is not { } title)
        {
            return;
        }

        item.Apply(nameof(TitlePart), new TitlePart { Title = title });
        if (string.IsNullOrWhiteSpace(item.DisplayText) || item.DisplayText == item.ContentItemId)
        {
            item.DisplayText = title;
        }
    }

    private async Task<ContentItem?> FindAsync(string contentItemId)
    {
        var contentManager = services.GetRequiredService<IContentManager>();
        return await contentManager.GetAsync(contentItemId, VersionOptions.Latest)
            ?? await contentManager.GetAsync(contentItemId, VersionOptions.Published);
    }
}
