using DurhamCms.ContentFields.Models;
using DurhamCms.ContentFields.Services;
using DurhamCms.ContentFields.Settings;
using DurhamCms.ContentManagement;
using DurhamCms.Parts.Models;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Fields;

/// <summary>HTML from editors is sanitized before it is stored; Markdown output when it is rendered.</summary>
public sealed class SanitizingTests
{
    private const string Dirty = """<p class="lead">Budget <strong>2024</strong> <a href="https://durhamnc.gov">details</a></p><script>alert(1)</script><img src="x.png" onerror="alert(2)">""";

    private static readonly HtmlSanitizerService Sanitizer = new();

    [Fact]
    public void The_sanitizer_removes_scripts_and_event_handlers_and_keeps_safe_markup()
    {
        var clean = Sanitizer.Sanitize(Dirty);

        Assert.DoesNotContain("<script", clean, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", clean, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("""<p class="lead">Budget <strong>2024</strong> <a href="https://durhamnc.gov">details</a></p>""", clean);
        Assert.Contains("""<img src="x.png">""", clean);
    }

    [Fact]
    public void A_kept_output_is_the_same_clean_html_and_the_import_report_still_names_what_was_removed()
    {
        var sanitizer = new HtmlSanitizerService();
        var first = sanitizer.Sanitize(Dirty);

        Assert.Equal(first, sanitizer.Sanitize(Dirty));
        Assert.Equal(first, sanitizer.Sanitize(Dirty, out var removed));
        Assert.Contains("<script>", removed);
        Assert.Contains("the onerror attribute of <img>", removed);
    }

    [Fact]
    public void Past_its_budget_of_kept_outputs_every_input_is_still_sanitized()
    {
        var sanitizer = new HtmlSanitizerService();
        var padding = new string('x', 4000);

        // 1,200 distinct inputs of about 4 KB: more than the kept budget, so it starts over on the way.
        for (var i = 0; i < 1200; i++)
        {
            var clean = sanitizer.Sanitize($"""<p>{i} {padding}</p><script>alert({i})</script><a href="javascript:alert({i})">x</a>""");
            Assert.StartsWith($"<p>{i} ", clean, StringComparison.Ordinal);
            Assert.DoesNotContain("script", clean, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void The_sanitizer_removes_script_urls()
    {
        Assert.DoesNotContain("javascript", Sanitizer.Sanitize("""<a href="javascript:alert(1)">x</a>"""), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Markdown_renders_to_html()
    {
        var html = new MarkdownRenderer(Sanitizer).ToHtml("# Budget\n\nThe **2024** budget, [details](https://durhamnc.gov).");

        Assert.Contains("<h1", html);
        Assert.Contains("<strong>2024</strong>", html);
        Assert.Contains("""<a href="https://durhamnc.gov">details</a>""", html);
    }

    [Fact]
    public void Markdown_output_is_sanitized()
    {
        var html = new MarkdownRenderer(Sanitizer).ToHtml("Hello <script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3))");

        Assert.Contains("Hello", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Markdown_output_is_left_alone_when_sanitizing_is_off()
    {
        Assert.Contains("<script>", new MarkdownRenderer(Sanitizer).ToHtml("<script>x()</script>", sanitize: false));
    }

    [Fact]
    public async Task An_html_field_is_sanitized_when_created_updated_and_imported()
    {
        await using var site = await ModuleSite.StartAsync();
        await site.DefinePartAsync("Update", p => p.WithField("Summary", f => f.OfType(nameof(HtmlField)).WithDisplayName("Summary")));
        await site.DefineTypeAsync("Update", t => t.WithPart("Update"));

        var created = await site.CreateAsync("Update", i => i.ApplyField("Update", "Summary", new HtmlField { Html = Dirty }));
        AssertClean(created.GetField<HtmlField>("Update", "Summary")!.Html);

        var updated = await site.WithContentAsync(async cm =>
        {
            var item = (await cm.GetAsync(created.ContentItemId, VersionOptions.Latest))!;
            item.ApplyField("Update", "Summary", new HtmlField { Html = Dirty + "<p>more</p>" });
            Assert.True((await cm.UpdateAsync(item)).Succeeded);
            return (await cm.GetAsync(created.ContentItemId, VersionOptions.Latest))!;
        });
        AssertClean(updated.GetField<HtmlField>("Update", "Summary")!.Html);

        var imported = await site.WithContentAsync(async cm =>
        {
            var item = ContentItem.FromJson(updated.ToJsonString());
            item.ApplyField("Update", "Summary", new HtmlField { Html = Dirty });
            Assert.True((await cm.ImportAsync(item)).Succeeded);
            return (await cm.GetAsync(created.ContentItemId, VersionOptions.Latest))!;
        });
        AssertClean(imported.GetField<HtmlField>("Update", "Summary")!.Html);
    }

    [Fact]
    public async Task An_html_field_whose_settings_turn_sanitizing_off_is_stored_as_given()
    {
        await using var site = await ModuleSite.StartAsync();
        await site.DefinePartAsync("Page", p => p.WithField("Embed", f => f.OfType(nameof(HtmlField))
            .WithSettings(new HtmlFieldSettings { SanitizeHtml = false })));
        await site.DefineTypeAsync("Page", t => t.WithPart("Page"));

        var created = await site.CreateAsync("Page", i => i.ApplyField("Page", "Embed", new HtmlField { Html = "<script>dashboard()</script>" }));

        Assert.Equal("<script>dashboard()</script>", created.GetField<HtmlField>("Page", "Embed")!.Html);
    }

    [Fact]
    public async Task An_html_body_is_sanitized_when_saved()
    {
        await using var site = await ModuleSite.StartAsync();
        await site.DefineTypeAsync("Page", t => t.WithPart(nameof(HtmlBodyPart)));

        var created = await site.CreateAsync("Page", i => i.Apply(new HtmlBodyPart { Html = Dirty }));

        AssertClean(created.As<HtmlBodyPart>()!.Html);
    }

    [Fact]
    public async Task The_sanitizer_is_one_shared_service()
    {
        await using var site = await ModuleSite.StartAsync();
        await site.InScopeAsync(async sp =>
        {
            await using var other = sp.CreateAsyncScope();
            Assert.Same(sp.GetRequiredService<IHtmlSanitizerService>(), other.ServiceProvider.GetRequiredService<IHtmlSanitizerService>());
        });
    }

    private static void AssertClean(string? html)
    {
        Assert.NotNull(html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<strong>2024</strong>", html);
    }
}
