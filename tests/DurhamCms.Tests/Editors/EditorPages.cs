using System.Net;
using System.Text.RegularExpressions;
using DurhamCms.ContentFields.Settings;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Parts.Settings;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Editors;

/// <summary>What the editor tests share: finding items, reading the edit form's version, saving as a browser would.</summary>
internal static partial class EditorPages
{
    public const string SampleType = "EditorSample";

    public static string EditUrl(string id) => $"/admin/contents/{id}/edit";

    public static Task<ContentItem> LatestAsync(this TestSite site, string id) =>
        site.InScopeAsync(async sp => await sp.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest)
            ?? throw new InvalidOperationException($"No item {id}."));

    public static Task<ContentItem?> PublishedAsync(this TestSite site, string id) =>
        site.InScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Published));

    /// <summary>The latest item of a type whose display text is the given one.</summary>
    public static Task<ContentItem> FindAsync(this TestSite site, string type, string displayText) =>
        site.InScopeAsync(async sp => (await sp.GetRequiredService<IContentManager>().ListAsync(type, VersionOptions.Latest))
            .First(i => i.DisplayText == displayText));

    public static Task<ContentItem> FirstAsync(this TestSite site, string type) =>
        site.InScopeAsync(async sp => (await sp.GetRequiredService<IContentManager>().ListAsync(type, VersionOptions.Latest))[0]);

    /// <summary>The version id and stamp the edit form carries.</summary>
    public static (string VersionId, string Stamp) FormVersion(string page) =>
        (VersionPattern().Match(page).Groups[1].Value, StampPattern().Match(page).Groups[1].Value);

    /// <summary>Opens the edit page and posts the fields with its version and token, as pressing Save draft does.</summary>
    public static async Task<HttpResponseMessage> SaveAsync(this SiteClient client, string id, IEnumerable<KeyValuePair<string, string>> fields, string command = "save")
    {
        var page = await client.GetPageAsync(EditUrl(id));
        return await client.PostEditAsync(id, page, fields, command);
    }

    /// <summary>Posts an edit form already opened (its page given), as a second tab would.</summary>
    public static Task<HttpResponseMessage> PostEditAsync(this SiteClient client, string id, string page, IEnumerable<KeyValuePair<string, string>> fields, string command = "save")
    {
        var (version, stamp) = FormVersion(page);
        var all = new List<KeyValuePair<string, string>>(fields)
        {
            new("ContentItemVersionId", version),
            new("VersionStamp", stamp),
        };
        if (command.Length > 0)
        {
            all.Add(new("command", command));
        }

        return client.PostWithTokenAsync(EditUrl(id), all, SiteClient.AntiforgeryToken(page));
    }

    /// <summary>Creates through the create form; returns the new item's id from the redirect to its edit page.</summary>
    public static async Task<string> CreateAsync(this SiteClient client, string type, IEnumerable<KeyValuePair<string, string>> fields, string command = "save")
    {
        using var response = await client.PostFormAsync($"/admin/contents/create/{type}", [.. fields, new("command", command)]);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Creating a {type} answered {(int)response.StatusCode}: {ErrorSummary(body)}");
        return EditLocation().Match(response.Headers.Location!.OriginalString).Groups[1].Value;
    }

    /// <summary>Refused by the permission check: 403, or the cookie handler's redirect to the access-denied page.</summary>
    public static void AssertRefused(HttpResponseMessage response)
    {
        var refused = response.StatusCode == HttpStatusCode.Forbidden
            || response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/access-denied", StringComparison.Ordinal) == true;
        Assert.True(refused, $"Expected a refusal, got {(int)response.StatusCode} {response.Headers.Location}");
    }

    public static string ErrorSummary(string page) =>
        SummaryPattern().Match(page) is { Success: true } m ? WebUtility.HtmlDecode(Regex.Replace(m.Value, "<[^>]+>", " ")) : page[..Math.Min(page.Length, 300)];

    public static string? Text(this ContentItem item, string part, string field) => item.GetPartJson(part)?[field]?["Text"]?.GetValue<string>();

    /// <summary>A type with one field of every kind and the common parts, for the round trips.</summary>
    public static Task DefineSampleTypeAsync(this TestSite site) => site.InScopeAsync(async sp =>
    {
        var definitions = sp.GetRequiredService<IContentDefinitionManager>();
        await definitions.AlterPartDefinitionAsync(SampleType, p => p
            .WithField("Line", f => f.OfType("TextField").WithDisplayName("Line").WithPosition("0"))
            .WithField("Notes", f => f.OfType("TextField").WithDisplayName("Notes").WithPosition("1").WithEditor("TextArea"))
            .WithField("Choice", f => f.OfType("TextField").WithDisplayName("Choice").WithPosition("2").WithEditor("PredefinedList")
                .WithSettings(new TextFieldPredefinedListEditorSettings { Editor = EditorOption.Radio, Options = [new() { Name = "Red", Value = "red" }, new() { Name = "Blue", Value = "blue" }] }))
            .WithField("Count", f => f.OfType("NumericField").WithDisplayName("Count").WithPosition("3").WithSettings(new NumericFieldSettings { Minimum = 0, Maximum = 1000, Scale = 1 }))
            .WithField("Flag", f => f.OfType("BooleanField").WithDisplayName("Flag").WithPosition("4"))
            .WithField("Day", f => f.OfType("DateField").WithDisplayName("Day").WithPosition("5"))
            .WithField("When", f => f.OfType("DateTimeField").WithDisplayName("When").WithPosition("6"))
            .WithField("Site", f => f.OfType("LinkField").WithDisplayName("Site").WithPosition("7"))
            .WithField("Body", f => f.OfType("HtmlField").WithDisplayName("Body").WithPosition("8"))
            .WithField("Summary", f => f.OfType("MarkdownField").WithDisplayName("Summary").WithPosition("9"))
            .WithField("Related", f => f.OfType("ContentPickerField").WithDisplayName("Related").WithPosition("10")
                .WithSettings(new ContentPickerFieldSettings { DisplayedContentTypes = ["Initiative"] }))
            .WithField("Tags", f => f.OfType("MultiTextField").WithDisplayName("Tags").WithPosition("11")
                .WithSettings(new MultiTextFieldSettings { Options = [new() { Name = "Housing", Value = "housing" }, new() { Name = "Parks", Value = "parks" }] })));
        await definitions.AlterTypeDefinitionAsync(SampleType, t => t
            .Creatable().Listable().Draftable().Versionable()
            .WithPart("TitlePart", p => p.WithPosition("0"))
            .WithPart(SampleType, p => p.WithPosition("1"))
            .WithPart("HtmlBodyPart", p => p.WithPosition("2"))
            .WithPart("MarkdownBodyPart", p => p.WithPosition("3"))
            .WithPart("AutoroutePart", p => p.WithPosition("4").WithSettings(new AutoroutePartSettings { AllowCustomPath = true, Pattern = "samples/{{ Model.ContentItem | display_text | slugify }}" })));
    });

    [GeneratedRegex("name=\"ContentItemVersionId\" value=\"([^\"]*)\"")]
    private static partial Regex VersionPattern();

    [GeneratedRegex("name=\"VersionStamp\" value=\"([^\"]*)\"")]
    private static partial Regex StampPattern();

    [GeneratedRegex("^/admin/contents/([^/]+)/edit$")]
    private static partial Regex EditLocation();

    [GeneratedRegex("<div class=\"error-box validation-summary\"[\\s\\S]*?</div>")]
    private static partial Regex SummaryPattern();
}
