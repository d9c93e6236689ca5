using DurhamCms.ContentFields.Models;
using DurhamCms.ContentFields.Settings;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;

namespace DurhamCms.Tests.Fields;

/// <summary>Picker rules need stored items, so these run through the content manager on a site of their own.</summary>
public sealed class ContentPickerFieldTests : IAsyncLifetime
{
    private ModuleSite _site = null!;

    public async Task InitializeAsync()
    {
        _site = await ModuleSite.StartAsync();
        await _site.DefineTypeAsync("Priority", t => t.Draftable().WithPart("TitlePart"));
        await _site.DefineTypeAsync("Department", t => t.WithPart("TitlePart"));
        await _site.DefinePartAsync("Initiative", p => p.WithField("Priority", f => f
            .OfType(nameof(ContentPickerField))
            .WithDisplayName("Priority")
            .WithSettings(new ContentPickerFieldSettings { Required = true, DisplayedContentTypes = ["Priority"] })));
        await _site.DefineTypeAsync("Initiative", t => t.Draftable().WithPart("TitlePart").WithPart("Initiative"));
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task A_required_picker_without_items_is_refused()
    {
        var errors = await SaveInitiativeAsync([]);
        FieldRules.AssertOnlyError(errors, "Initiative.Priority", "Priority is required.");
    }

    [Fact]
    public async Task A_picked_item_that_does_not_exist_is_refused()
    {
        var errors = await SaveInitiativeAsync(["4x0000000000000000000000zz"]);
        FieldRules.AssertOnlyError(errors, "Initiative.Priority", "Priority refers to an item that does not exist: 4x0000000000000000000000zz.");
    }

    [Fact]
    public async Task A_picked_item_of_a_type_not_allowed_is_refused()
    {
        var department = await CreateTitledAsync("Department", "Public Works", publish: true);
        var errors = await SaveInitiativeAsync([department]);
        FieldRules.AssertOnlyError(errors, "Initiative.Priority", "Priority cannot refer to 'Public Works', a Department; allowed: Priority.");
    }

    [Fact]
    public async Task A_single_picker_with_two_items_is_refused()
    {
        var first = await CreateTitledAsync("Priority", "Safe and Secure Communities", publish: true);
        var second = await CreateTitledAsync("Priority", "Shared Economic Prosperity", publish: true);
        var errors = await SaveInitiativeAsync([first, second]);
        FieldRules.AssertOnlyError(errors, "Initiative.Priority", "Priority allows only one item.");
    }

    [Fact]
    public async Task A_published_or_draft_item_of_an_allowed_type_passes()
    {
        var published = await CreateTitledAsync("Priority", "Shared Economic Prosperity", publish: true);
        var draft = await CreateTitledAsync("Priority", "Thriving Neighborhoods", publish: false);
        Assert.Empty(await SaveInitiativeAsync([published]));
        Assert.Empty(await SaveInitiativeAsync([draft]));
    }

    [Fact]
    public async Task A_refused_item_is_not_stored()
    {
        var (result, id) = await _site.WithContentAsync(async cm =>
        {
            var item = await cm.NewAsync("Initiative");
            item.ApplyField("Initiative", "Priority", new ContentPickerField());
            return (await cm.CreateAsync(item, VersionOptions.Published), item.ContentItemId);
        });

        Assert.False(result.Succeeded);
        Assert.Null(await _site.WithContentAsync(cm => cm.GetAsync(id, VersionOptions.Latest)));
    }

    private Task<string> CreateTitledAsync(string type, string title, bool publish) =>
        _site.CreateAsync(type, i => i.GetOrCreatePartJson("TitlePart")["Title"] = title, publish)
            .ContinueWith(t => t.Result.ContentItemId, TaskScheduler.Default);

    private Task<IReadOnlyList<ContentValidationError>> SaveInitiativeAsync(string[] ids) => _site.WithContentAsync(async cm =>
    {
        var item = await cm.NewAsync("Initiative");
        item.GetOrCreatePartJson("TitlePart")["Title"] = "Affordable housing";
        item.ApplyField("Initiative", "Priority", new ContentPickerField { ContentItemIds = ids });
        return (await cm.ValidateAsync(item)).Errors;
    });
}
