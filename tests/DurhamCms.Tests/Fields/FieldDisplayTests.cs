using System.Net;
using DurhamCms.ContentFields.Models;
using DurhamCms.ContentFields.Settings;
using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Parts.Models;
using DurhamCms.Parts.Settings;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Fields;

/// <summary>The field and part views as residents get them, through the real host and its route.</summary>
public sealed class FieldDisplayTests
{
    [Fact]
    public async Task A_routed_item_shows_each_field_labelled_in_semantic_html()
    {
        await using var site = new TestSite();
        await site.InScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            await definitions.AlterPartDefinitionAsync("Showcase", p => p
                .WithField("Code", f => f.OfType(nameof(TextField)).WithDisplayName("Code"))
                .WithField("Budget", f => f.OfType(nameof(NumericField)).WithDisplayName("Budget").WithSettings(new NumericFieldSettings { Scale = 2 }))
                .WithField("Funded", f => f.OfType(nameof(BooleanField)).WithDisplayName("Funded"))
                .WithField("Due", f => f.OfType(nameof(DateField)).WithDisplayName("Due date"))
                .WithField("Source", f => f.OfType(nameof(LinkField)).WithDisplayName("Source"))
                .WithField("Summary", f => f.OfType(nameof(HtmlField)).WithDisplayName("Summary"))
                .WithField("Notes", f => f.OfType(nameof(MarkdownField)).WithDisplayName("Notes"))
                .WithField("Wards", f => f.OfType(nameof(MultiTextField)).WithDisplayName("Wards")
                    .WithSettings(new MultiTextFieldSettings { Options = [new() { Name = "Ward 1", Value = "ward-1" }] })));
            await definitions.AlterTypeDefinitionAsync("Showcase", t => t
                .WithPart(nameof(TitlePart))
                .WithPart(nameof(AutoroutePart), p => p.WithSettings(new AutoroutePartSettings { Pattern = "showcase/{{ Model.ContentItem | display_text | slugify }}" }))
                .WithPart(nameof(HtmlBodyPart))
                .WithPart("Showcase"));

            var cm = sp.GetRequiredService<IContentManager>();
            var item = await cm.NewAsync("Showcase");
            item.Apply(new TitlePart { Title = "Field showcase" });
            item.Apply(new HtmlBodyPart { Html = "<p>Body <em>text</em></p><script>alert(1)</script>" });
            item.ApplyField("Showcase", "Code", new TextField { Text = "SEP-1" });
            item.ApplyField("Showcase", "Budget", new NumericField { Value = 1250.5m });
            item.ApplyField("Showcase", "Funded", new BooleanField { Value = true });
            item.ApplyField("Showcase", "Due", new DateField { Value = new DateTime(2024, 1, 31, 0, 0, 0, DateTimeKind.Utc) });
            item.ApplyField("Showcase", "Source", new LinkField { Url = "https://durhamnc.gov", Text = "City site", Target = "_blank" });
            item.ApplyField("Showcase", "Summary", new HtmlField { Html = "<p>Short <strong>summary</strong></p><img src=x onerror=alert(2)>" });
            item.ApplyField("Showcase", "Notes", new MarkdownField { Markdown = "Some **notes** <script>alert(3)</script>" });
            item.ApplyField("Showcase", "Wards", new MultiTextField { Values = ["ward-1"] });
            var result = await cm.CreateAsync(item, VersionOptions.Published);
            Assert.True(result.Succeeded, result.ToString());
        });

        using var client = site.CreateClient();
        var response = await client.GetAsync(new Uri("/showcase/field-showcase", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<span class=\"field-label\">Code</span>", html);
        Assert.Contains("SEP-1", html);
        Assert.Contains("1250.50", html);
        Assert.Contains("<time class=\"field-value\" datetime=\"2024-01-31\">", html);
        Assert.Contains("href=\"https://durhamnc.gov\" target=\"_blank\" rel=\"noopener noreferrer\"", html);
        Assert.Contains("<strong>summary</strong>", html);
        Assert.Contains("<strong>notes</strong>", html);
        Assert.Contains("<em>text</em>", html);
        Assert.Contains("<li>Ward 1</li>", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("onerror", html);
        Assert.DoesNotContain("<h2 class=\"content-title\">", html);
    }
}
