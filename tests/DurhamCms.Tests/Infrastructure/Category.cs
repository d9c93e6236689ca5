namespace DurhamCms.Tests.Infrastructure;

/// <summary>
/// The "Category" trait values that let a run pick its tests, e.g.
/// <c>TEST_FILTER='Category!=Browser&amp;Category!=PostgreSql' ./test.sh</c>:
/// a test that needs Chromium or PostgreSQL, or takes more than about five seconds, says so.
/// </summary>
public static class Category
{
    public const string Name = "Category";

    /// <summary>Launches Chromium (every class in the browser collection, whose fixture starts it).</summary>
    public const string Browser = "Browser";

    /// <summary>Needs the PostgreSQL server, including a theory over both databases.</summary>
    public const string PostgreSql = "PostgreSql";

    /// <summary>Starts a redis-server of its own (skipped, with the reason, when it is not installed).</summary>
    public const string Redis = "Redis";

    /// <summary>Takes more than about five seconds on an idle machine.</summary>
    public const string Slow = "Slow";
}
