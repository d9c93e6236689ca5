using DurhamCms.Tests.Infrastructure;

namespace DurhamCms.Tests.Upgrade;

/// <summary>
/// What a release's upgrade fixture holds (tests/fixtures/upgrade/{release}/): the facts the
/// generator writes and the upgrade test reads back, named once.
/// </summary>
public static class ReleaseFixture
{
    public const string SqliteFile = "durhamcms.db";
    public const string PostgresDump = "postgres.sql";

    public const string AdminPassword = "Test-admin-password-1";
    public const string Author = "alice";
    public const string AuthorPassword = "Fixture-author-pass-1";
    public const string Editor = "erin";
    public const string EditorPassword = "Fixture-editor-pass-1";

    public const string Initiative311 = "9c2t155a3x72ycp1aas56zm5dr";
    public const string Update311 = "4t9vr060w6qz0t17d1e5dyjbz4";
    public const string Initiative311Path = "/initiatives/3-11-assess-and-build-innovative-pathways-that-facilitate-equitable-community-engagement";

    /// <summary>In 3.11's published description (its second version); search must find it after an upgrade.</summary>
    public const string PublishedWord = "Bragtown";
    public const string PublishedDescription = "<p>Listening sessions moved to the Bragtown and Lyon Park branch libraries.</p>";

    /// <summary>In 3.11's later draft (its third version): never on the public page.</summary>
    public const string DraftDescription = "<p>Draft only: the Holton Career Center pilot, not yet approved.</p>";

    /// <summary>The status update approved for a publish time: on 3.11's page once the schedule fires.</summary>
    public const string ScheduledText = "Scheduled before the upgrade: six listening sessions in East Durham.";

    /// <summary>How far after the fixture was made its scheduled publish falls due.</summary>
    public static readonly TimeSpan ScheduleDelay = TimeSpan.FromMinutes(10);

    public static string Folder(string release) => Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "upgrade", release);
}
