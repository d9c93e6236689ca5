using System.Net;
using DurhamCms.Editors;
using DurhamCms.Tests.Infrastructure;

namespace DurhamCms.Tests.Editors;

/// <summary>Bad input gets a message beside its field and in the summary, keeps everything typed, stores nothing, and is never a 500.</summary>
public sealed class EditorBadInputTests : IAsyncLifetime
{
    private readonly TestSite _site = new();
    private SiteClient _admin = null!;

    public async Task InitializeAsync()
    {
        await _site.DefineSampleTypeAsync();
        _admin = await _site.SignInAsync("admin", "Test-admin-password-1");
    }

    public async Task DisposeAsync()
    {
        _admin.Dispose();
        await _site.DisposeAsync();
    }

    private Task<string> CreateSampleAsync() =>
        _admin.CreateAsync(EditorPages.SampleType, [new("TitlePart.Title", "Sample"), new("EditorSample.Line.Text", "kept")]);

    [Fact]
    public async Task An_oversize_title_is_refused_with_its_length_and_kept_in_the_form()
    {
        var id = await CreateSampleAsync();
        var versions = await _site.CountVersionsAsync();
        var title = new string('x', EditorLimits.SingleLine + 1);

        using var response = await _admin.SaveAsync(id, [new("TitlePart.Title", title), new("EditorSample.Line.Text", "typed meanwhile")]);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Title is too long: 1,025 characters, at most 1,024 fit.", page, StringComparison.Ordinal);
        Assert.Contains("href=\"#TitlePart_Title\"", page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{title}\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"typed meanwhile\"", page, StringComparison.Ordinal);
        Assert.Equal(versions, await _site.CountVersionsAsync());
        Assert.Equal("Sample", (await _site.LatestAsync(id)).DisplayText);
    }

    [Fact]
    public async Task An_oversize_html_body_is_refused_not_stored()
    {
        var id = await CreateSampleAsync();
        var html = "<p>" + new string('a', EditorLimits.RichText) + "</p>";

        using var response = await _admin.SaveAsync(id, [new("EditorSample.Body.Html", html)]);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Body is too long", page, StringComparison.Ordinal);
        Assert.Null((await _site.LatestAsync(id)).GetPartJson("EditorSample")?["Body"]);
    }

    [Fact]
    public async Task Script_in_an_html_field_is_removed_on_save_and_the_rest_is_kept()
    {
        var id = await CreateSampleAsync();

        using var response = await _admin.SaveAsync(id,
        [
            new("EditorSample.Body.Html", "<p onclick=\"steal()\">Hello<script>alert('x')</script> <a href=\"javascript:alert(1)\">link</a></p>"),
            new("HtmlBodyPart.Html", "<p>Body</p><script>alert('y')</script><img src=x onerror=alert(1)>"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var item = await _site.LatestAsync(id);
        var field = item.GetPartJson("EditorSample")!["Body"]!["Html"]!.GetValue<string>();
        var body = item.GetPartJson("HtmlBodyPart")!["Html"]!.GetValue<string>();
        Assert.Contains("Hello", field, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", field, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", field, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", field, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<p>Body</p>", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Invalid_numbers_and_dates_are_named_beside_their_fields_and_kept_as_typed()
    {
        var id = await CreateSampleAsync();
        var versions = await _site.CountVersionsAsync();

        using var response = await _admin.SaveAsync(id,
        [
            new("EditorSample.Count.Value", "twelve"),
            new("EditorSample.Day.Value", "2025-02-31"),
            new("EditorSample.When.Value", "tomorrow at 9"),
            new("EditorSample.Line.Text", "typed meanwhile"),
        ]);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Count must be a number, such as 12 or 3.5; &#x27;twelve&#x27; is not one.", page, StringComparison.Ordinal);
        Assert.Contains("Day must be a date such as 2025-07-01; &#x27;2025-02-31&#x27; is not one.", page, StringComparison.Ordinal);
        Assert.Contains("When must be a date and time such as 2025-07-01T09:30; &#x27;tomorrow at 9&#x27; is not one.", page, StringComparison.Ordinal);
        Assert.Contains("value=\"twelve\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"2025-02-31\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"typed meanwhile\"", page, StringComparison.Ordinal);
        Assert.Matches("<div class=\"field has-error\">\\s*<label for=\"EditorSample_Count_Value\"", page);
        Assert.Contains("aria-describedby=\"EditorSample_Count_Value-hint EditorSample_Count_Value-error\"", page, StringComparison.Ordinal);
        Assert.Equal(versions, await _site.CountVersionsAsync());
        Assert.Equal("kept", (await _site.LatestAsync(id)).Text("EditorSample", "Line"));
    }

    [Fact]
    public async Task A_number_outside_the_fields_range_gets_the_validators_words()
    {
        var id = await CreateSampleAsync();

        using var response = await _admin.SaveAsync(id, [new("EditorSample.Count.Value", "5000")]);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Count must be at most 1000.", page, StringComparison.Ordinal);
        Assert.Contains("value=\"5000\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_picker_pointing_at_a_removed_item_says_so_on_the_page_and_on_save_without_losing_the_rest()
    {
        var priority = await _site.FirstAsync("Priority");
        var number = priority.GetPartJson("Priority")!["Number"]!["Value"]!.GetValue<decimal>();
        var removed = await _admin.CreateAsync("Initiative",
        [
            new("TitlePart.Title", "Soon removed"),
            new("Initiative.Number.Text", $"{number:0}.99"),
            new("Initiative.Priority.ContentItemIds", priority.ContentItemId),
            new("Initiative.Status.Text", "In Progress"),
        ]);
        var id = await _admin.CreateAsync(EditorPages.SampleType, [new("TitlePart.Title", "Picker"), new("EditorSample.Related.ContentItemIds", removed)]);
        var removedPage = await _admin.GetPageAsync(EditorPages.EditUrl(removed));
        using (var delete = await _admin.PostWithTokenAsync($"/admin/contents/{removed}/delete", [], SiteClient.AntiforgeryToken(removedPage)))
        {
            Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        }

        var page = await _admin.GetPageAsync(EditorPages.EditUrl(id));
        Assert.Contains("Related refers to an item that no longer exists; choose another before saving.", page, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{removed}\" selected=\"selected\">Removed item ({removed})</option>", page, StringComparison.Ordinal);

        using var response = await _admin.PostEditAsync(id, page,
            [new("EditorSample.Related.ContentItemIds", ""), new("EditorSample.Related.ContentItemIds", removed), new("EditorSample.Line.Text", "typed meanwhile")]);
        var saved = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Related refers to an item that does not exist: {removed}.", saved, StringComparison.Ordinal);
        Assert.Contains("value=\"typed meanwhile\"", saved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_measure_row_with_a_bad_value_is_named_by_row_and_every_row_is_kept()
    {
        var measure = await _site.FirstAsync("KeyMeasure");
        var page = await _admin.GetPageAsync(EditorPages.EditUrl(measure.ContentItemId));

        using var response = await _admin.PostEditAsync(measure.ContentItemId, page,
        [
            new("KeyMeasure.Series.Unit", "attendees"),
            new("KeyMeasure.Series.Points[0].Period", "2024-07"),
            new("KeyMeasure.Series.Points[0].Value", "12"),
            new("KeyMeasure.Series.Points[1].Period", "2024-08"),
            new("KeyMeasure.Series.Points[1].Value", "lots"),
            new("KeyMeasure.Series.Points[2].Period", "Smarch 2024"),
            new("KeyMeasure.Series.Points[2].Value", "3"),
        ]);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Row 2: the value &#x27;lots&#x27; is not a number.", body, StringComparison.Ordinal);
        Assert.Contains("Row 3: &#x27;Smarch 2024&#x27; is not a period", body, StringComparison.Ordinal);
        Assert.Contains("name=\"KeyMeasure.Series.Points[1].Value\" value=\"lots\"", body, StringComparison.Ordinal);
        Assert.Contains("name=\"KeyMeasure.Series.Points[2].Period\" value=\"Smarch 2024\"", body, StringComparison.Ordinal);
        Assert.Contains("id=\"KeyMeasure_Series_Points_1__Error\"", body, StringComparison.Ordinal);
        Assert.Equal(measure.ContentItemVersionId, (await _site.LatestAsync(measure.ContentItemId)).ContentItemVersionId);
    }

    [Fact]
    public async Task An_unknown_type_or_item_is_not_found_not_an_error()
    {
        using var type = await _admin.GetAsync("/admin/contents/create/NoSuchType");
        using var item = await _admin.GetAsync(EditorPages.EditUrl("0000000000000000000000000a"));

        Assert.Equal(HttpStatusCode.NotFound, type.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, item.StatusCode);
    }
}
