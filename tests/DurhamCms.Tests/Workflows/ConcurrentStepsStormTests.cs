using System.Globalization;
using System.Net;
using DurhamCms.Tests.Editors;
using DurhamCms.Tests.Infrastructure;

namespace DurhamCms.Tests.Workflows;

/// <summary>
/// Two people acting on one item at once: "Publish now" against a save, through the HTTP client
/// of one site. Whoever loses the race gets the conflict answer, never a 500.
/// </summary>
public sealed class ConcurrentStepsStormTests
{
    private const int Iterations = 50;

    [Theory]
    [Trait("Category", "PostgreSql")]
    [Trait("Category", "Slow")]
    [MemberData(nameof(TestSite.Databases), MemberType = typeof(TestSite))]
    [Trait(Category.Name, Category.PostgreSql)]
    public async Task Publish_now_against_a_save_never_answers_500(string provider)
    {
        await using var site = new TestSite(provider);
        await site.CreateCastAsync();
        var id = await site.NewUpdateAsync("alice", "Storm.");
        using var publisher = await site.SignInAsync("erin");
        using var saver = await site.SignInAsync("erin");
        var token = SiteClient.AntiforgeryToken(await publisher.GetPageAsync(EditorPages.EditUrl(id)));
        var failures = new List<string>();

        async Task PublishAsync()
        {
            for (var i = 0; i < Iterations; i++)
            {
                await RecordAsync(failures, "publish", () => publisher.PostWithTokenAsync($"/admin/contents/{id}/publish", [], token));
            }
        }

        async Task SaveAsync()
        {
            for (var i = 0; i < Iterations; i++)
            {
                using var opened = await saver.GetAsync(EditorPages.EditUrl(id));
                var page = await opened.Content.ReadAsStringAsync();
                if (opened.StatusCode >= HttpStatusCode.InternalServerError)
                {
                    lock (failures)
                    {
                        failures.Add($"open: {(int)opened.StatusCode}");
                    }

                    continue;
                }

                var period = "FY2031 Q" + (i % 4 + 1).ToString(CultureInfo.InvariantCulture);
                await RecordAsync(failures, "save", () => saver.PostEditAsync(id, page, [new("StatusUpdate.Period.Text", period)]));
            }
        }

        await Task.WhenAll(Task.Run(PublishAsync), Task.Run(SaveAsync));

        Assert.True(failures.Count == 0, $"{failures.Count} answers of 500 or worse: {string.Join("; ", failures.Take(5))}");
    }

    private static async Task RecordAsync(List<string> failures, string what, Func<Task<HttpResponseMessage>> send)
    {
        try
        {
            using var response = await send();
            if (response.StatusCode >= HttpStatusCode.InternalServerError)
            {
                lock (failures)
                {
                    failures.Add($"{what}: {(int)response.StatusCode}");
                }
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The test server rethrows what the app did not handle: that is a 500 to a browser.
            lock (failures)
            {
                failures.Add($"{what}: {ex.GetType().Name}: {ex.Message.Split('\n')[0]}");
            }
        }
    }
}
