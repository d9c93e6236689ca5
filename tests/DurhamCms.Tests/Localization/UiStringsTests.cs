using System.Text.RegularExpressions;
using DurhamCms.Localization.Strings;
using DurhamCms.Search.Contributors;
using DurhamCms.StrategicPlan.Measures;
using DurhamCms.StrategicPlan.Models;
using DurhamCms.StrategicPlan.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using DurhamCms.Tests.Infrastructure;

namespace DurhamCms.Tests.Localization;

/// <summary>The residents' interface strings: read through IViewLocalizer, translated in gettext PO files.</summary>
public sealed partial class UiStringsTests
{
    private static readonly string SpanishPo = Path.Combine(RepositoryPaths.Root, "modules", "DurhamCms.Localization", "Translations", "es-US.po");

    /// <summary>The public views: the dashboard's, the search page's, the theme's, the language switch's (not the editors').</summary>
    private static IEnumerable<string> PublicViews() =>
        new[]
        {
            Path.Combine(RepositoryPaths.Root, "modules", "DurhamCms.StrategicPlan", "Views"),
            Path.Combine(RepositoryPaths.Root, "modules", "DurhamCms.Search", "Views", "Search"),
            Path.Combine(RepositoryPaths.Root, "modules", "DurhamCms.Localization", "Views"),
            // Signing up for email updates and the pages reached from the emails (not the admin list).
            Path.Combine(RepositoryPaths.Root, "modules", "DurhamCms.Subscriptions", "Views", "Subscribe"),
            Path.Combine(RepositoryPaths.Root, "modules", "DurhamCms.Subscriptions", "Views", "SubscriberPages"),
            Path.Combine(RepositoryPaths.Root, "modules", "DurhamCms.Subscriptions", "Views", "Shared"),
            Path.Combine(RepositoryPaths.Root, "themes", "DurhamCms.Themes.Dashboard", "Views"),
            // The error pages residents see (Contents' controller, the public layout).
            Path.Combine(RepositoryPaths.Root, "modules", "DurhamCms.Contents", "Views", "Error"),
        }
        .SelectMany(folder => Directory.EnumerateFiles(folder, "*.cshtml", SearchOption.AllDirectories))
        .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Editors{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [Fact]
    public void Every_string_a_public_view_localizes_has_a_Spanish_translation()
    {
        var spanish = Translations();
        var keys = PublicViews()
            .SelectMany(f => LocalizedString().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: Regex.Unescape(m.Groups["key"].Value))))
            .ToList();

        Assert.True(keys.Count > 40, $"only {keys.Count} localized strings found: the pattern no longer matches the views");
        var missing = keys.Where(k => !spanish.ContainsKey(k.Key)).Select(k => $"{k.File}: \"{k.Key}\"").Distinct().ToList();
        Assert.True(missing.Count == 0, "No Spanish translation in es-US.po for: " + string.Join("; ", missing));
    }

    [Fact]
    public void Every_sentence_and_period_word_of_a_measures_chart_has_a_Spanish_translation()
    {
        var spanish = Translations();

        Assert.All(ChartText.Keys, k => Assert.True(spanish.ContainsKey(k), $"chart text '{k}' has no Spanish translation"));
    }

    [Fact]
    public void The_search_pages_configured_words_and_the_open_data_pages_strings_read_in_Spanish()
    {
        var spanish = Translations();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddPlanSearch();
        var text = services.BuildServiceProvider().GetRequiredService<IOptions<SearchPageText>>().Value;
        string[] configured = [text.Heading, text.Description, text.QueryLabel, text.Introduction, text.AlsoTry!, "Best match", "Sort by", "No results", "{0} results"];

        Assert.All(configured, s => Assert.True(spanish.ContainsKey(s), $"search page text '{s}' has no Spanish translation"));
    }

    [Fact]
    public void Every_status_of_the_plan_reads_in_Spanish()
    {
        var spanish = Translations();
        string[] statuses = [.. PlanContent.DefaultStatuses, PlanContent.NotYetReported, "No status"];

        Assert.All(statuses, s => Assert.True(spanish.ContainsKey(s), $"status '{s}' has no Spanish translation"));
    }

    [Fact]
    public void The_PO_reader_reads_strings_over_several_lines_escapes_contexts_and_skips_untranslated_entries()
    {
        const string Po = """
            # a comment
            msgid ""
            msgstr "Language: es\n"

            msgctxt "DurhamCms.Search"
            msgid "Search"
            msgstr "Buscar"

            msgid ""
            "What's "
            "next?"
            msgstr "¿Qué \"sigue\"?\n"

            msgid "Left for the translators"
            msgstr ""
            """;

        var entries = PoReader.Read(new StringReader(Po), "test.po");

        Assert.Equal(
            [new PoEntry("DurhamCms.Search", "Search", "Buscar"), new PoEntry(null, "What's next?", "¿Qué \"sigue\"?\n")],
            entries);
    }

    [Fact]
    public void A_line_that_is_no_PO_says_where()
    {
        var error = Assert.Throws<FormatException>(() => PoReader.Read(new StringReader("msgid \"a\"\nmsgstr \"b\"\nmsgfoo \"c\""), "es-US.po"));

        Assert.Equal("es-US.po, line 3: 'msgfoo' is not a PO keyword.", error.Message);
    }

    private static Dictionary<string, string> Translations()
    {
        using var reader = new StreamReader(SpanishPo);
        return PoReader.Read(reader, "es-US.po").ToDictionary(e => e.Id, e => e.Text, StringComparer.Ordinal);
    }

    [GeneratedRegex("""\bT(?:\.GetString)?[\[(]"(?<key>(?:[^"\\]|\\.)*)"(?:[,\])])""")]
    private static partial Regex LocalizedString();
}
