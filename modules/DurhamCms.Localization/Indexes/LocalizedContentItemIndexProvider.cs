using DurhamCms.ContentManagement;
using DurhamCms.Localization.Services;

namespace DurhamCms.Localization.Indexes;

public sealed class LocalizedContentItemIndexProvider : ContentIndexProvider<LocalizedContentItemIndex>
{
    public override IEnumerable<LocalizedContentItemIndex> Map(ContentItem item)
    {
        if (ContentCultures.SetOf(item) is not { } set || ContentCultures.CultureOf(item) is not { } culture)
        {
            return [];
        }

        return [new LocalizedContentItemIndex { LocalizationSet = set, Culture = culture, NormalizedCulture = culture.ToLowerInvariant() }];
    }
}
