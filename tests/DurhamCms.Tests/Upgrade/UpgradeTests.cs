using System.Net;
using System.Text.Json;
using DurhamCms.ContentManagement;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace DurhamCms.Tests.Upgrade;

/// <summary>
/// A site made by an earlier release (tests/fixtures/upgrade/{release}) started by this code:
/// every row is still there and everything still works. The scheduler runs on a fake clock set
/// just before the fixture's scheduled publish, so counting rows races nothing; moving the
/// clock past it is what makes it fire.
/// </summary>
[Trait(Category.Name, Category.Slow)]
public sealed class UpgradeTests(ITestOutputHelper output)
{
    /// <summary>Every release's fixture; each release adds its own (tests/fixtures/upgrade/README.md).</summary>
    public static TheoryData<string> Releases => new() { "release-1" };

    private const string PendingScheduleDue = "SELECT \"DueUtc\" FROM \"PublishScheduleRecord\" WHERE \"DoneUtc\" IS NULL";

    [Theory]
    [MemberData(nameof(Releases))]
    public async Task A_SQLite_site_of_an_earlier_release_upgrades_with_every_row_and_behaviour(string release)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "durhamcms-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(dataPath);
        var file = Path.Combine(dataPath, ReleaseFixture.SqliteFile);
        File.Copy(Path.Combine(ReleaseFixture.Folder(release), ReleaseFixture.SqliteFile), file);
        try
        {
            await UpgradeAsync(TestSite.Sqlite, file, new() { ["DurhamCms:DataPath"] = dataPath });
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            TempFolder.TryDelete(dataPath);
        }
    }

    [Theory]
    [MemberData(nameof(Releases))]
    [Trait(Category.Name, Category.PostgreSql)]
    public async Task A_PostgreSQL_site_of_an_earlier_release_upgrades_with_every_row_and_behaviour(string release)
    {
        var database = await UpgradeDatabases.LoadPostgresDumpAsync(Path.Combine(ReleaseFixture.Folder(release), ReleaseFixture.PostgresDump));
        try
        {
            await UpgradeAsync(TestSite.PostgreSql, database, new() { ["DurhamCms:Database:ConnectionString"] = TestSite.PostgresConnectionString(database) });
        }
        finally
        {
            UpgradeDatabases.DropPostgres(database);
        }
    }

    /// <param name="database">The SQLite file or the PostgreSQL database holding the fixture's copy.</param>
    /// <param name="settings">Points the test site at that copy instead of a new database.</param>
    private async Task UpgradeAsync(string provider, string database, Dictionary<string, string?> settings)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        SortedDictionary<string, long> before;
        DateTime due;
        await using (var connection = UpgradeDatabases.Open(provider, database))
        {
            before = await UpgradeDatabases.CountRowsAsync(connection);
            due = await UpgradeDatabases.ReadUtcAsync(connection, PendingScheduleDue);
        }

        var clock = new FakeTimeProvider(new DateTimeOffset(due.AddMinutes(-1), TimeSpan.Zero));
        await using var upgraded = new TestSite(new TestSiteOptions { Provider = provider, Settings = settings, Clock = clock });
        await upgraded.InScopeAsync(_ => Task.CompletedTask); // starts the host: migrations run here
        output.WriteLine($"{watch.Elapsed}: started on the upgraded database");

        // Every row of every table the old release had.
        await using (var connection = UpgradeDatabases.Open(provider, database))
        {
            var after = await UpgradeDatabases.CountRowsAsync(connection);
            foreach (var (table, rows) in before)
            {
                Assert.True(after.TryGetValue(table, out var now), $"Table {table} is gone after the upgrade.");
                Assert.True(rows == now, $"Table {table} had {rows} rows before the upgrade and {now} after.");
            }
        }

        using var resident = upgraded.CreateClient();
        var page = await resident.GetStringAsync(new Uri(ReleaseFixture.Initiative311Path, UriKind.Relative));
        Assert.Contains(ReleaseFixture.PublishedWord, page, StringComparison.Ordinal);
        Assert.DoesNotContain("Holton", page, StringComparison.Ordinal);

        // The search index is not in the fixture: the new code rebuilds it from the database.
        await Polling.EventuallyAsync(
            async () => (await SearchHitsAsync(resident, ReleaseFixture.PublishedWord)).Contains(ReleaseFixture.Initiative311),
            TimeSpan.FromSeconds(30),
            $"search to find 3.11 by \"{ReleaseFixture.PublishedWord}\"");

        output.WriteLine($"{watch.Elapsed}: page rendered and search found 3.11");
        foreach (var (user, password) in new[] { ("admin", ReleaseFixture.AdminPassword), (ReleaseFixture.Author, ReleaseFixture.AuthorPassword), (ReleaseFixture.Editor, ReleaseFixture.EditorPassword) })
        {
            using var client = upgraded.Client();
            using var signIn = await client.PostFormAsync("/login", [new("UserName", user), new("Password", password)]);
            Assert.True(signIn.StatusCode == HttpStatusCode.Redirect && signIn.Headers.Location?.OriginalString == "/admin", $"{user} could not sign in: {(int)signIn.StatusCode} {signIn.Headers.Location}");
        }

        output.WriteLine($"{watch.Elapsed}: users signed in");
        Assert.DoesNotContain(ReleaseFixture.ScheduledText, page, StringComparison.Ordinal);
        clock.Advance(TimeSpan.FromMinutes(2));
        await Polling.EventuallyAsync(
            async () => (await resident.GetStringAsync(new Uri(ReleaseFixture.Initiative311Path, UriKind.Relative))).Contains(ReleaseFixture.ScheduledText, StringComparison.Ordinal),
            TimeSpan.FromSeconds(30),
            "the scheduled status update on 3.11's page");
        output.WriteLine($"{watch.Elapsed}: the schedule fired");
        await using var scope = upgraded.Services.CreateAsyncScope();
        Assert.Equal(3, (await scope.ServiceProvider.GetRequiredService<IContentManager>().ListVersionsAsync(ReleaseFixture.Initiative311)).Count);
    }

    private static async Task<List<string>> SearchHitsAsync(HttpClient client, string words)
    {
        using var response = await client.GetAsync(new Uri("/api/search?q=" + Uri.EscapeDataString(words), UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList();
    }
}
