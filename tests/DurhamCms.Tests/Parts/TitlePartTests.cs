using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Parts.Models;
using DurhamCms.Parts.Settings;
using DurhamCms.Tests.Fields;

namespace DurhamCms.Tests.Parts;

public sealed class TitlePartTests : IAsyncLifetime
{
    private ModuleSite _site = null!;

    public async Task InitializeAsync() => _site = await ModuleSite.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task The_title_becomes_the_display_text_on_create_and_on_update()
    {
        await _site.DefineTypeAsync("Priority", t => t.WithPart(nameof(TitlePart)));
        var created = await _site.CreateAsync("Priority", i => i.Apply(new TitlePart { Title = "Shared Economic Prosperity" }));
        Assert.Equal("Shared Economic Prosperity", created.DisplayText);

        var updated = await _site.WithContentAsync(async cm =>
        {
            var item = (await cm.GetAsync(created.ContentItemId, VersionOptions.Latest))!;
            item.Apply(new TitlePart { Title = "Thriving Neighborhoods" });
            Assert.True((await cm.UpdateAsync(item)).Succeeded);
            return (await cm.GetAsync(created.ContentItemId, VersionOptions.Latest))!;
        });
        Assert.Equal("Thriving Neighborhoods", updated.DisplayText);
    }

    [Fact]
    public async Task A_generated_title_comes_from_its_pattern()
    {
        await _site.DefinePartAsync("StatusUpdate", p => p.WithField("Period", f => f.OfType("TextField")));
        await _site.DefineTypeAsync("StatusUpdate", t => t
            .WithPart(nameof(TitlePart), p => p.WithSettings(new TitlePartSettings
            {
                Options = TitlePartOptions.GeneratedDisabled,
                Pattern = "Status update {{ Model.ContentItem.Content.StatusUpdate.Period.Text }}",
            }))
            .WithPart("StatusUpdate"));

        var created = await _site.CreateAsync("StatusUpdate", i => i.GetOrCreatePartJson("StatusUpdate")["Period"] = new JsonObject { ["Text"] = "Q1 2024" });

        Assert.Equal("Status update Q1 2024", created.As<TitlePart>()!.Title);
        Assert.Equal("Status update Q1 2024", created.DisplayText);
    }

    [Fact]
    public async Task A_required_title_left_empty_is_refused()
    {
        await _site.DefineTypeAsync("Measure", t => t.WithPart(nameof(TitlePart), p => p.WithSettings(new TitlePartSettings { Options = TitlePartOptions.EditableRequired })));

        var result = await _site.WithContentAsync(async cm =>
        {
            var item = await cm.NewAsync("Measure");
            item.Apply(new TitlePart { Title = " " });
            return await cm.CreateAsync(item, VersionOptions.Published);
        });

        var error = Assert.Single(result.Errors);
        Assert.Equal("TitlePart.Title", error.Member);
        Assert.Equal("Title is required.", error.Message);
    }

    [Fact]
    public void Title_options_read_as_Orchards_numbers_or_names()
    {
        var byNumber = new ContentTypePartDefinition("TitlePart", new ContentPartDefinition("TitlePart", [], []), new() { ["TitlePartSettings"] = new JsonObject { ["Options"] = 2 } });
        var byName = new ContentTypePartDefinition("TitlePart", new ContentPartDefinition("TitlePart", [], []), new() { ["TitlePartSettings"] = new JsonObject { ["Options"] = "GeneratedHidden" } });

        Assert.Equal(TitlePartOptions.GeneratedDisabled, byNumber.GetSettings<TitlePartSettings>().Options);
        Assert.Equal(TitlePartOptions.GeneratedHidden, byName.GetSettings<TitlePartSettings>().Options);
    }
}
