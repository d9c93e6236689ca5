using System.Text;
using DurhamCms.Documents;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static DurhamCms.Tests.StrategicPlan.Pages.PlanItems;

namespace DurhamCms.Tests.StrategicPlan.Pages;

/// <summary>Initiative 3.11 as the Durham recipe seeds it: the page we reproduce and do better than.</summary>
public sealed class SeededInitiativePageTests
{
    public const string Path = "/initiatives/3-11-assess-and-build-innovative-pathways-that-facilitate-equitable-community-engagement";
    public const string Title = "Assess and build innovative pathways that facilitate equitable community engagement";

    private static readonly string[] SeedOrder =
    [
        "Initiative 3.11: " + Title,
        "Description", "This effort is to evaluate the City’s already existing engagement practices",
        "Key Measures & Data Analysis", "Engaged City Attendees", "Since we began hosting monthly Engaged City Training Meetings",
        "Why is it important?", "This initiative is important because it addresses the historic harm",
        "What have we been doing?", "Over the past several months",
        "What's next?", "As we move forward, our efforts in Q1",
        "Last updated",
        "Budget and Management Services Department", "Office of Performance and Innovation", "Strategy and Performance Division",
    ];

    [Fact]
    public async Task Initiative_3_11_shows_the_seed_pages_sections_in_order_and_its_publisher_in_the_footer()
    {
        await using var site = new TestSite();
        using var client = site.CreateClient();

        var html = await client.GetStringAsync(Path);
        var text = ReadableText(html);

        var positions = SeedOrder.Select(s => text.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.True(positions.All(p => p >= 0), $"missing: {string.Join(" | ", SeedOrder.Where((_, i) => positions[i] < 0))}");
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("Home Connected, Engaged, and Inclusive Communities 3.11", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Objective:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Lead department", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Earlier updates", text, StringComparison.Ordinal);
        Assert.Contains("<footer class=\"site-footer\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Initiative_3_11_with_its_chart_table_and_inline_css_weighs_under_50_KB()
    {
        await using var site = new TestSite();
        using var client = site.CreateClient();

        var bytes = await client.GetByteArrayAsync(Path);
        var html = Encoding.UTF8.GetString(bytes);

        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", html, StringComparison.Ordinal);
        Assert.Contains("<table class=\"measure-data\">", html, StringComparison.Ordinal);
        Assert.True(bytes.Length < 50 * 1024, $"{bytes.Length} bytes");
    }

    [Fact]
    public async Task The_footer_names_nothing_when_the_site_has_no_publisher()
    {
        await using var site = new TestSite();
        await site.InScopeAsync(sp => sp.GetRequiredService<ISiteSettings>().UpdateAsync(s => s.Remove("Publisher")));
        using var client = site.CreateClient();

        var html = await client.GetStringAsync("/");

        Assert.DoesNotContain("Published by", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Budget and Management Services Department", html, StringComparison.Ordinal);
    }
}
