using System.Globalization;
using Microsoft.Extensions.Localization;

namespace DurhamCms.Localization.Strings;

/// <summary>
/// Strings through the PO catalog, in the request's culture. The interface is written in English,
/// so English is the text itself; a string missing from a culture's file is shown in English and
/// marked not found (<see cref="LocalizedString.ResourceNotFound"/>).
/// </summary>
public sealed class PoStringLocalizer(PoCatalog catalog) : IStringLocalizer
{
    public LocalizedString this[string name] => Localize(name, null);

    public LocalizedString this[string name, params object[] arguments] => Localize(name, arguments);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        (catalog.Strings(CultureInfo.CurrentUICulture) ?? new Dictionary<string, string>()).Select(kv => new LocalizedString(kv.Key, kv.Value));

    private LocalizedString Localize(string name, object[]? arguments)
    {
        var culture = CultureInfo.CurrentUICulture;
        var english = culture.TwoLetterISOLanguageName == "en";
        var translated = english ? name : catalog.Translate(culture, name);
        var text = translated ?? name;
        if (arguments is { Length: > 0 })
        {
            text = string.Format(CultureInfo.CurrentCulture, text, arguments);
        }

        return new LocalizedString(name, text, resourceNotFound: translated is null);
    }
}

/// <summary>One localizer for every type and view: the site has one PO file per culture, as Orchard's default.</summary>
public sealed class PoStringLocalizerFactory(PoCatalog catalog) : IStringLocalizerFactory
{
    private readonly PoStringLocalizer _localizer = new(catalog);

    public IStringLocalizer Create(Type resourceSource) => _localizer;

    public IStringLocalizer Create(string baseName, string location) => _localizer;
}
