using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Comparison;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Contents.Admin.History.Diff;
using DurhamCms.Modules;
using DurhamCms.Parts.Diff;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.History;

/// <summary>
/// The diff learns what a part holds from the module that owns the part (its IContentPartDiffer),
/// never from property names of its own.
/// </summary>
public sealed class ContentPartDifferTests
{
    private static ContentItem Item(string json) => ContentItem.FromJson(JsonNode.Parse(json)!.AsObject());

    /// <summary>The diff as the site composes it, from the given modules' services.</summary>
    private static ContentDiffer Differ(params ModuleStartup[] modules)
    {
        var services = new ServiceCollection();
        foreach (var module in modules)
        {
            module.ConfigureServices(services, new ConfigurationBuilder().Build());
        }

        services.AddSingleton<ContentDiffer>();
        return services.BuildServiceProvider().GetRequiredService<ContentDiffer>();
    }

    private static ContentTypeDefinition TypeWith(string partName, params ContentPartFieldDefinition[] fields) =>
        new("Event", "Event", [], [new ContentTypePartDefinition(partName, new ContentPartDefinition(partName, [], fields), [])]);

    [Fact]
    public void A_part_registered_by_a_module_is_read_by_that_modules_differ_under_its_labels()
    {
        var from = Item("""{"ContentItemId":"a","ContentType":"Event","RatingPart":{"Stars":3,"Votes":10}}""");
        var to = Item("""{"ContentItemId":"a","ContentType":"Event","RatingPart":{"Stars":4,"Votes":10}}""");

        var diff = Differ(new RatingModule()).Compare(from, to, TypeWith("RatingPart"));

        var stars = Assert.Single(diff.Changed);
        Assert.Equal(("Rating › Stars", "★★★", "★★★★"), (stars.Label, stars.Before, stars.After));
        Assert.Contains(diff.Unchanged, f => f.Label == "Rating › Votes");
        Assert.DoesNotContain(diff.Fields, f => f.Field == "Stars" && f.Before == "3");
    }

    [Fact]
    public void A_part_without_a_differ_is_compared_as_stored_whatever_its_property_names()
    {
        // "Html" means nothing to the diff itself: without the module that owns the part it is
        // plain stored text, compared as it is, markup and all.
        var from = Item("""{"ContentItemId":"a","ContentType":"Event","HtmlBodyPart":{"Html":"<p>Old</p>"}}""");
        var to = Item("""{"ContentItemId":"a","ContentType":"Event","HtmlBodyPart":{"Html":"<p>New</p>"}}""");

        var bare = Assert.Single(Differ().Compare(from, to, TypeWith("HtmlBodyPart")).Changed);
        var owned = Assert.Single(Differ(new DurhamCms.Parts.Startup()).Compare(from, to, TypeWith("HtmlBodyPart")).Changed);

        Assert.Equal(("HtmlBody › Html", "<p>Old</p>"), (bare.Label, bare.Before));
        Assert.Null(bare.Note);
        Assert.Equal(("Body", "HTML, compared by its text"), (owned.Label, owned.Note));
        Assert.Equal("[-Old][+New]", string.Concat(owned.Spans.Select(s => s.Kind switch
        {
            DiffKind.Added => $"[+{s.Text}]",
            DiffKind.Removed => $"[-{s.Text}]",
            _ => s.Text,
        })));
    }

    [Fact]
    public void Fields_attached_to_a_part_go_to_their_field_differ_and_the_rest_to_the_parts()
    {
        var field = new ContentPartFieldDefinition("Organizer", "TextField", new JsonObject
        {
            [nameof(ContentPartFieldSettings)] = new JsonObject { ["DisplayName"] = "Organizer" },
        });
        var from = Item("""{"ContentItemId":"a","ContentType":"Event","RatingPart":{"Stars":3,"Organizer":{"Text":"Parks"}}}""");
        var to = Item("""{"ContentItemId":"a","ContentType":"Event","RatingPart":{"Stars":3,"Organizer":{"Text":"Public Works"}}}""");

        var diff = Differ(new DurhamCms.ContentFields.Startup(), new RatingModule()).Compare(from, to, TypeWith("RatingPart", field));

        var organizer = Assert.Single(diff.Changed);
        Assert.Equal(("Rating › Organizer", "Parks", "Public Works"), (organizer.Label, organizer.Before, organizer.After));
        Assert.Contains(diff.Unchanged, f => f.Label == "Rating › Stars");
    }

    [Fact]
    public void The_parts_module_labels_its_parts_for_people()
    {
        var type = new ContentTypeDefinition("Page", "Page", [],
        [
            new ContentTypePartDefinition("AutoroutePart", new ContentPartDefinition("AutoroutePart", [], []), []),
            new ContentTypePartDefinition("MarkdownBodyPart", new ContentPartDefinition("MarkdownBodyPart", [], []), []),
        ]);
        var from = Item("""{"ContentItemId":"a","ContentType":"Page","AutoroutePart":{"Path":"about"},"MarkdownBodyPart":{"Markdown":"We *plan*."}}""");
        var to = Item("""{"ContentItemId":"a","ContentType":"Page","AutoroutePart":{"Path":"about-us","SetHomepage":false},"MarkdownBodyPart":{"Markdown":"We *plan* openly."}}""");

        var diff = Differ(new DurhamCms.Parts.Startup()).Compare(from, to, type);

        Assert.Equal(["Route › Path", "Body"], diff.Changed.Select(f => f.Label));
        Assert.Equal(("/about", "/about-us"), (diff.Changed.First().Before, diff.Changed.First().After));
        Assert.Equal("Markdown", diff.Changed.Last().Note);
        Assert.Contains(diff.Unchanged, f => f.Label == "Route › Home page");
    }

    /// <summary>A module of the test's own, owning a part the site's modules know nothing of.</summary>
    private sealed class RatingModule : ModuleStartup
    {
        public override string Id => "Tests.Rating";

        public override void ConfigureServices(IServiceCollection services, IConfiguration configuration) =>
            services.AddSingleton<IContentPartDiffer, RatingPartDiffer>();
    }

    private sealed class RatingPart : ContentPart
    {
        public int Stars { get; set; }
        public int Votes { get; set; }
    }

    private sealed class RatingPartDiffer : ContentPartDiffer<RatingPart>
    {
        public override string DisplayName => "Rating";

        protected override IReadOnlyList<ComparableValue> Read(RatingPart part) =>
        [
            ComparableValue.Value(new string('★', part.Stars), "Stars"),
            ComparableValue.Value(part.Votes.ToString(System.Globalization.CultureInfo.InvariantCulture), "Votes"),
        ];
    }
}
