using System.Diagnostics;
using System.Security.Claims;
using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.Data;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Users;
using DurhamCms.Workflows;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DurhamCms.Tests.Upgrade;

/// <summary>Runs only when asked: <c>DURHAMCMS_MAKE_UPGRADE_FIXTURE=release-N</c> names the fixture folder to write.</summary>
public sealed class FixtureGeneratorFactAttribute : FactAttribute
{
    public const string Variable = "DURHAMCMS_MAKE_UPGRADE_FIXTURE";

    public FixtureGeneratorFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"Makes a release's upgrade fixture; set {Variable}=release-N to run it (see tests/fixtures/upgrade/README.md).";
        }
    }
}

/// <summary>
/// Makes the upgrade fixture of the release being cut: the site this release's code builds
/// (the Durham recipe, users, a draft with history, a scheduled publish, audit rows,
/// notifications and an undeliverable email), saved as a SQLite file and as a pg_dump of the
/// same state made on PostgreSQL. Run once per release, on the release commit:
/// <c>DURHAMCMS_MAKE_UPGRADE_FIXTURE=release-2 dotnet test tests/DurhamCms.Tests --filter "Category=FixtureGenerator"</c>.
/// </summary>
[Trait(Category.Name, "FixtureGenerator")]
public sealed class UpgradeFixtureGenerator
{
    /// <summary>Email on, to a port nothing listens on: the message is tried once and stays in the outbox.</summary>
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["DurhamCms:Setup:AdminPassword"] = ReleaseFixture.AdminPassword,
        ["DurhamCms:Smtp:Host"] = "127.0.0.1",
        ["DurhamCms:Smtp:Port"] = "9",
        ["DurhamCms:Smtp:Security"] = "None",
        ["DurhamCms:Smtp:RetryBaseSeconds"] = "86400",
    };

    [FixtureGeneratorFact]
    public async Task Make_the_release_fixture_on_SQLite_and_PostgreSQL()
    {
        var folder = ReleaseFixture.Folder(Environment.GetEnvironmentVariable(FixtureGeneratorFactAttribute.Variable)!.Trim());
        Directory.CreateDirectory(folder);

        var sqlite = new TestSite(TestSite.Sqlite, Settings) { KeepData = true };
        await FillAsync(sqlite);
        await sqlite.DisposeAsync();
        SaveSqlite(Path.Combine(sqlite.DataPath, ReleaseFixture.SqliteFile), Path.Combine(folder, ReleaseFixture.SqliteFile));

        var postgres = new TestSite(TestSite.PostgreSql, Settings) { KeepData = true };
        await FillAsync(postgres);
        await postgres.DisposeAsync();
        await DumpPostgresAsync(postgres.PostgresDatabase!, Path.Combine(folder, ReleaseFixture.PostgresDump));
        UpgradeDatabases.DropPostgres(postgres.PostgresDatabase!);
    }

    private static async Task FillAsync(TestSite site)
    {
        await site.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<CmsUser>>();
            await CreateUserAsync(users, ReleaseFixture.Author, ReleaseFixture.AuthorPassword, "Author");
            await CreateUserAsync(users, ReleaseFixture.Editor, ReleaseFixture.EditorPassword, "Editor");
        });

        // 3.11: the seeded version, a second one published by the editor, a third left as a draft.
        await SaveDraftDescriptionAsync(site, ReleaseFixture.PublishedDescription);
        await TransitionAsync(site, ReleaseFixture.Editor, ReleaseFixture.Initiative311, new TransitionRequest("Publish") { Comment = "Fixture: the libraries" });
        await SaveDraftDescriptionAsync(site, ReleaseFixture.DraftDescription);

        // A status update the author submits (notifications and an email to the reviewers) and the
        // editor approves for a publish time (a schedule, and a notification to the author).
        var update = await site.InScopeAsync(async sp =>
        {
            var contentManager = sp.GetRequiredService<IContentManager>();
            var author = await sp.GetRequiredService<UserManager<CmsUser>>().FindByNameAsync(ReleaseFixture.Author);
            var copy = await contentManager.CloneAsync((await contentManager.GetAsync(ReleaseFixture.Update311))!);
            copy.Owner = author!.Id;
            copy.Author = author.UserName;
            copy.GetOrCreatePartJson("StatusUpdate")["WhatWeHaveBeenDoing"] = new JsonObject { ["Html"] = $"<p>{ReleaseFixture.ScheduledText}</p>" };
            Check((await contentManager.UpdateAsync(copy)).Succeeded, "save the status update");
            return copy.ContentItemId;
        });
        await TransitionAsync(site, ReleaseFixture.Author, update, new TransitionRequest("Submit"));
        await TransitionAsync(site, ReleaseFixture.Editor, update, new TransitionRequest("Approve")
        {
            Comment = "Fixture: publish later",
            PublishAtUtc = DateTime.UtcNow + ReleaseFixture.ScheduleDelay,
        });

        // Wait for the outbox to try (and fail) once, so the fixture holds a message as it sits after a failure.
        var until = DateTime.UtcNow.AddSeconds(60);
        while (!await site.InScopeAsync(sp => sp.GetRequiredService<DurhamDbContext>().Set<DurhamCms.Workflows.Models.OutboxMessageRecord>().AnyAsync(m => m.Attempts > 0)))
        {
            Check(DateTime.UtcNow < until, "see the outbox try to send");
            await Task.Delay(200);
        }
    }

    private static async Task CreateUserAsync(UserManager<CmsUser> users, string name, string password, string role)
    {
        var user = new CmsUser { UserName = name, Email = $"{name}@example.test", EmailConfirmed = true };
        Check((await users.CreateAsync(user, password)).Succeeded, $"create {name}");
        Check((await users.AddToRoleAsync(user, role)).Succeeded, $"give {name} the role {role}");
    }

    private static Task SaveDraftDescriptionAsync(TestSite site, string html) => site.InScopeAsync(async sp =>
    {
        var contentManager = sp.GetRequiredService<IContentManager>();
        var draft = (await contentManager.GetAsync(ReleaseFixture.Initiative311, VersionOptions.DraftRequired))!;
        draft.GetOrCreatePartJson("Initiative")["Description"] = new JsonObject { ["Html"] = html };
        Check((await contentManager.UpdateAsync(draft)).Succeeded, "save a draft of 3.11");
    });

    private static Task TransitionAsync(TestSite site, string userName, string contentItemId, TransitionRequest request) => site.InScopeAsync(async sp =>
    {
        var user = await sp.GetRequiredService<UserManager<CmsUser>>().FindByNameAsync(userName);
        ClaimsPrincipal principal = await sp.GetRequiredService<IUserClaimsPrincipalFactory<CmsUser>>().CreateAsync(user!);
        var item = await sp.GetRequiredService<IContentManager>().GetAsync(contentItemId, VersionOptions.Latest);
        var result = await sp.GetRequiredService<IEditorialWorkflow>().ApplyAsync(item!, request, principal);
        Check(result.Succeeded, $"{request.Transition} {contentItemId} as {userName}: {result.Error}");
    });

    /// <summary>One self-contained file: the WAL folded in, rollback journal mode, free pages dropped.</summary>
    private static void SaveSqlite(string source, string target)
    {
        SqliteConnection.ClearAllPools();
        using (var connection = new SqliteConnection($"Data Source={source};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE; VACUUM;";
            command.ExecuteNonQuery();
        }

        File.Copy(source, target, overwrite: true);
        Directory.Delete(Path.GetDirectoryName(source)!, recursive: true);
    }

    private static async Task DumpPostgresAsync(string database, string target)
    {
        var connection = new NpgsqlConnectionStringBuilder(TestSite.PostgresConnectionString(database));
        var start = new ProcessStartInfo("pg_dump")
        {
            ArgumentList = { "--inserts", "--no-owner", "--no-privileges", "-h", connection.Host!, "-p", connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", connection.Username!, "-f", target, database },
            RedirectStandardError = true,
        };
        start.Environment["PGPASSWORD"] = connection.Password;
        using var process = Process.Start(start)!;
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Check(process.ExitCode == 0, "pg_dump: " + errors);
    }

    private static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Making the upgrade fixture failed: could not " + what);
        }
    }
}
