using System.Globalization;

namespace DurhamCms.Localization.Services;

/// <summary>
/// The cultures this site publishes in, resolved from <see cref="Settings.LocalizationSettings"/>
/// with the defaults the city asked for (en-US, plus es-US) where the settings say nothing.
/// </summary>
public sealed record SiteCultures(string DefaultCulture, IReadOnlyList<string> SupportedCultures)
{
    public const string English = "en-US";
    public const string Spanish = "es-US";

    public static SiteCultures Defaults { get; } = new(English, [English, Spanish]);

    public bool IsSupported(string? culture) =>
        culture is not null && SupportedCultures.Contains(culture, StringComparer.OrdinalIgnoreCase);

    public bool IsDefault(string? culture) => string.Equals(culture, DefaultCulture, StringComparison.OrdinalIgnoreCase);

    /// <summary>An item in a culture other than the default (see <see cref="ContentCultures.IsTranslation"/>).</summary>
    public bool IsTranslation(ContentManagement.ContentItem item) => ContentCultures.CultureOf(item) is { } culture && !IsDefault(culture);

    /// <summary>The supported culture spelled as the settings spell it ("es-us" -> "es-US"), or null.</summary>
    public string? Find(string? culture) =>
        SupportedCultures.FirstOrDefault(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase));

    /// <summary>The supported culture whose language is <paramref name="language"/> ("es" -> "es-US"), or null.</summary>
    public string? FindByLanguage(string? language) =>
        Find(language) ?? SupportedCultures.FirstOrDefault(c =>
            string.Equals(CultureInfo.GetCultureInfo(c).TwoLetterISOLanguageName, language, StringComparison.OrdinalIgnoreCase));

    public static SiteCultures From(Settings.LocalizationSettings settings)
    {
        var supported = (settings.SupportedCultures ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).ToList();
        var defaultCulture = string.IsNullOrWhiteSpace(settings.DefaultCulture) ? supported.FirstOrDefault() ?? English : settings.DefaultCulture.Trim();
        if (supported.Count == 0)
        {
            supported = defaultCulture == English ? [.. Defaults.SupportedCultures] : [defaultCulture];
        }

        // Orchard keeps the default culture among the supported ones; a recipe that forgets it still means it.
        if (!supported.Contains(defaultCulture, StringComparer.OrdinalIgnoreCase))
        {
            supported.Insert(0, defaultCulture);
        }

        return new SiteCultures(defaultCulture, supported);
    }
}
