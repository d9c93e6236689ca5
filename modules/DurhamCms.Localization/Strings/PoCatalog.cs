using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;

namespace DurhamCms.Localization.Strings;

/// <summary>
/// The residents' interface in other languages: one gettext PO file per culture ("es-US.po"),
/// shipped in this module (Translations/), the format Orchard Core and translators' tools use.
/// A culture without a file falls back to its language's ("es"), then to the English text.
/// </summary>
public sealed class PoCatalog
{
    private const string Folder = ".Translations.";

    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _byCulture;
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>?> _resolved = new(StringComparer.OrdinalIgnoreCase);

    public PoCatalog() : this(typeof(PoCatalog).Assembly)
    {
    }

    public PoCatalog(Assembly assembly)
    {
        _byCulture = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.Contains(Folder, StringComparison.Ordinal) && n.EndsWith(".po", StringComparison.Ordinal)))
        {
            var culture = resource[(resource.IndexOf(Folder, StringComparison.Ordinal) + Folder.Length)..^".po".Length];
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            _byCulture[culture] = PoReader.Read(reader, culture + ".po")
                .GroupBy(e => e.Id, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().Text, StringComparer.Ordinal);
        }
    }

    public IReadOnlyCollection<string> Cultures => _byCulture.Keys;

    /// <summary>The translation of <paramref name="text"/> into <paramref name="culture"/>, or null when there is none.</summary>
    public string? Translate(CultureInfo culture, string text) =>
        Strings(culture) is { } strings && strings.TryGetValue(text, out var translated) ? translated : null;

    /// <summary>All the strings of a culture (its own file, else its language's), or null.</summary>
    public IReadOnlyDictionary<string, string>? Strings(CultureInfo culture) =>
        _resolved.GetOrAdd(culture.Name, _ =>
            _byCulture.GetValueOrDefault(culture.Name)
            ?? (culture.Parent.Name.Length > 0 ? _byCulture.GetValueOrDefault(culture.Parent.Name) : null)
            ?? _byCulture.Where(kv => CultureInfo.GetCultureInfo(kv.Key).TwoLetterISOLanguageName == culture.TwoLetterISOLanguageName).Select(kv => kv.Value).FirstOrDefault());
}
