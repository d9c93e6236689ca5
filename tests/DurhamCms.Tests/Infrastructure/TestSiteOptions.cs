using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DurhamCms.Tests.Infrastructure;

/// <summary>How a <see cref="TestSite"/> differs from the site a city runs.</summary>
public sealed record TestSiteOptions
{
    /// <summary><see cref="TestSite.Sqlite"/> (the default) or <see cref="TestSite.PostgreSql"/>.</summary>
    public string Provider { get; init; } = TestSite.Sqlite;

    /// <summary>Configuration keys over the test defaults, e.g. <c>DurhamCms:Dashboard:PriorityPageSize</c>.</summary>
    public IDictionary<string, string?>? Settings { get; init; }

    /// <summary>
    /// The module ids the host runs, with what they depend on (the kernel's
    /// <c>DurhamCms:Modules</c>); every module when null.
    /// </summary>
    public IReadOnlyCollection<string>? Modules { get; init; }

    /// <summary>
    /// Sets the site up from an empty recipe instead of the Durham one, for tests that define
    /// their own types and must not meet the plan's (Priority, Initiative...) or its routes.
    /// </summary>
    public bool SkipDurhamRecipe { get; init; }

    /// <summary>
    /// Runs setup on this site's own empty data folder and database, for a test of setup itself.
    /// Otherwise a site whose setup cannot differ starts from a copy of one set up earlier in the
    /// run (<see cref="SetUpSiteTemplate"/>), with the same data.
    /// </summary>
    public bool SetUpFromScratch { get; init; }

    /// <summary>The site's clock (e.g. <see cref="FakeClock"/>, which the test advances); the system clock when null.</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>Services added after the host's own, so they win (a recorder, a stand-in).</summary>
    public Action<IServiceCollection>? Services { get; init; }

    /// <summary>
    /// A fake clock standing at the current whole second. Whole, because PostgreSQL keeps
    /// microseconds: a time written at a fraction of one would read back earlier than it was.
    /// </summary>
    public static FakeTimeProvider FakeClock()
    {
        var now = DateTimeOffset.UtcNow;
        return new FakeTimeProvider(now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)));
    }
}
