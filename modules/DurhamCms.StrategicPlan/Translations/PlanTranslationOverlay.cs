using DurhamCms.ContentManagement;
using DurhamCms.Contents.Display;
using static DurhamCms.StrategicPlan.Models.PlanContent;

namespace DurhamCms.StrategicPlan.Translations;

/// <summary>A plan item's translation is shown as its source with the translated texts, so its page finds the plan's data.</summary>
public sealed class PlanTranslationOverlay(PlanTranslations translations) : IContentDisplayOverlay
{
    public async Task<ContentItem> OverlayAsync(ContentItem item, string displayType) =>
        PlanTranslatedText.Paths.ContainsKey(item.ContentType) ? await translations.AsShownAsync(item) : item;
}
