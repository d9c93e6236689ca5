using System.Text.RegularExpressions;
using DurhamCms.Tests.Browser;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Content;
using DurhamCms.Tests.StrategicPlan.Pages;
using Microsoft.Playwright;

namespace DurhamCms.Tests.MediaFiles;

/// <summary>
/// In Chromium on a real port: an Author uploads a photo, places it in a status update (refused
/// first without alternative text), submits; an Editor approves and publishes; a resident on a
/// phone sees it as a srcset candidate, not the 1600-pixel original. The library page has no axe
/// violations and reflows at 320 CSS pixels.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait(Category.Name, Category.Browser)]
[Trait(Category.Name, Category.Slow)]
public sealed partial class MediaJourneyBrowserTests(BrowserFixture browser)
{
    private const string Title = "Q4 update: the new playground";
    private const string Alt = "Children on the new climbing frame at Walltown Park";

    [Fact]
    public async Task A_photo_goes_from_an_authors_upload_to_a_residents_phone_at_a_fitting_size()
    {
        await using var site = new TestSite();
        var baseUrl = site.StartOnKestrel();
        await site.CreateCastAsync();
        var photo = Path.Combine(site.DataPath, "playground.jpg");
        await File.WriteAllBytesAsync(photo, MediaSamples.Image(1600, 1200));

        // The Author uploads the photo into a folder of the library.
        var author = await browser.SignInAsync(baseUrl, "alice");
        await author.GotoAsync(baseUrl + "/admin/media");
        await author.FillAsync("#media-upload-folder", "parks");
        await author.SetInputFilesAsync("#media-upload-file", photo);
        await Task.WhenAll(author.WaitForURLAsync("**/admin/media?folder=parks"), author.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync());
        await author.GetByRole(AriaRole.Status).Filter(new() { HasText = "parks/playground.jpg" }).WaitForAsync();
        await BrowserFixture.AssertNoAxeViolationsAsync(author);
        await author.SetViewportSizeAsync(320, 640);
        Assert.True(await author.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 320"), "The library page scrolls sideways at 320 px.");
        await author.SetViewportSizeAsync(1280, 800);

        // The Author places it in a status update: refused without alternative text, then saved with it.
        await author.GotoAsync(baseUrl + "/admin/contents/create/StatusUpdate");
        await author.FillAsync("#TitlePart_Title", Title);
        await author.SelectOptionAsync("#StatusUpdate_Initiative_ContentItemIds", SeededPlan.Initiative311);
        await author.FillAsync("#StatusUpdate_Period_Text", "FY2026 Q4");
        await author.SelectOptionAsync("#StatusUpdate_Status_Text", "In Progress");
        await author.SelectOptionAsync("#StatusUpdate_Images_AddPath", "parks/playground.jpg");
        await author.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await author.GetByText("without alternative text").First.WaitForAsync();
        await author.FillAsync("#StatusUpdate_Images_Row0-text", Alt);
        await Task.WhenAll(author.WaitForURLAsync("**/admin/contents/*/edit"), author.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync());
        var id = EditUrl().Match(author.Url).Groups[1].Value;
        await author.GetByRole(AriaRole.Status).Filter(new() { HasText = "In review" }).WaitForAsync();

        // The Editor approves it in the queue and publishes it.
        var editor = await browser.SignInAsync(baseUrl, "erin");
        await editor.GotoAsync(baseUrl + "/admin/review");
        var card = editor.Locator("li.card").Filter(new() { HasText = Title });
        await Task.WhenAll(editor.WaitForURLAsync("**/admin/review"), card.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync());
        await editor.GotoAsync($"{baseUrl}/admin/contents/{id}/edit");
        await Task.WhenAll(editor.WaitForURLAsync($"**/admin/contents/{id}/edit"), editor.GetByRole(AriaRole.Button, new() { Name = "Publish now" }).ClickAsync());
        await editor.GetByRole(AriaRole.Status).Filter(new() { HasText = "Published" }).WaitForAsync();

        // A resident on a phone sees it, at a width from the srcset.
        var phone = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, DeviceScaleFactor = 1, IsMobile = true });
        var resident = await phone.NewPageAsync();
        await resident.GotoAsync(baseUrl + SeededInitiativePageTests.Path);
        var image = resident.GetByRole(AriaRole.Img, new() { Name = Alt });
        Assert.Equal("lazy", await image.GetAttributeAsync("loading"));
        await image.ScrollIntoViewIfNeededAsync();
        await resident.WaitForFunctionAsync("alt => { const i = [...document.images].find(x => x.alt === alt); return i && i.complete && i.naturalWidth > 0; }", Alt);
        var shown = await image.EvaluateAsync<string>("i => i.currentSrc + ' ' + i.naturalWidth");
        // A candidate of the srcset (the phone's layout decides which), never the 1600-pixel original. naturalWidth is density-corrected (w / sizes), so only the URL says which.
        var match = Regex.Match(shown, @"/media/parks/playground\.jpg\?width=(\d+) (\d+)$");
        Assert.True(match.Success, shown);
        Assert.InRange(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 320, 960);
        await phone.CloseAsync();
    }

    [GeneratedRegex("/admin/contents/([^/]+)/edit")]
    private static partial Regex EditUrl();
}
