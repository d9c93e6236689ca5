using System.Diagnostics;
using System.Globalization;
using System.Net;
using DurhamCms.Tests.Editors;
using DurhamCms.Tests.Infrastructure;
using DurhamCms.Tests.StrategicPlan.Content;
using DurhamCms.Tests.Workflows;
using Npgsql;
using Xunit.Abstractions;

namespace DurhamCms.Tests.Cluster;

/// <summary>
/// Three processes of the built site on one fresh PostgreSQL database, behind nginx round-robin
/// with the sample configuration of deploy/nginx: the setup race, sessions over every node,
/// freshness on every node after a CLI import and after an admin publish through nginx, and a
/// node killed under load while schedules and email fall due (each done exactly once). Prints its
/// figures (bench/cluster.sh shows them).
/// </summary>
[Trait(Category.Name, Category.Slow)]
[Trait(Category.Name, Category.PostgreSql)]
public sealed class ClusterProcessTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly double FreshnessBound = ClusterFreshness.BoundSeconds;

    private static readonly double SlowestBound = Math.Max(5.0, FreshnessBound);

    private static readonly string[] NginxPaths = ["/usr/sbin/nginx", "/usr/bin/nginx"];

    /// <summary>Drafts the CLI import brings and the scheduler publishes while a node is down.</summary>
    private const int Scheduled = 8;

    /// <summary>Emails queued before the kill, due while the node is down.</summary>
    private const int Emails = 6;

    /// <summary>In every scheduled draft's description: one search finds them all (fewer than a page of hits).</summary>
    private const string ScheduledWord = "halcyonkill";

    private readonly string[] _scheduledIds = Enumerable.Range(1, Scheduled).Select(i => $"clusterkill{i:00}" + Guid.NewGuid().ToString("n")[..13]).ToArray();
    private readonly TestSmtpServer _smtp = new();

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "durhamcms-cluster", Guid.NewGuid().ToString("n"));
    private readonly string _database = "durham_cluster_" + Guid.NewGuid().ToString("n")[..16];
    private readonly List<ClusterNode> _nodes = [];
    private readonly List<string> _figures = [];
    /// <summary>The recipe also seeds each priority's Spanish translation: count the plan's own (English) items.</summary>
    internal const string EnglishPriorities = """
        SELECT COUNT(*) FROM "ContentItems" c WHERE c."ContentType" = 'Priority' AND c."Latest"
        AND NOT EXISTS (SELECT 1 FROM "LocalizedContentItemIndex" l WHERE l."DocumentId" = c."Id" AND l."Culture" = 'es-US')
        """;

    private Process? _nginx;
    private int _nginxPort;

    private Uri Balancer => new($"http://127.0.0.1:{_nginxPort}");

    [Fact]
    public async Task Three_nodes_behind_nginx_set_up_once_share_sessions_stay_fresh_and_survive_a_killed_node()
    {
        // Setup race: three at once on an empty database.
        var watch = Stopwatch.StartNew();
        foreach (var node in _nodes)
        {
            node.Start();
        }

        // Generous: the first node runs the whole recipe while the others wait, on a shared machine.
        await Task.WhenAll(_nodes.Select(n => ReadyAsync(n, TimeSpan.FromSeconds(240))));
        Figure("setup time, 3 nodes at once (s)", watch.Elapsed.TotalSeconds);
        Assert.All(_nodes, n => Assert.False(n.HasExited, $"node {n.Name} crashed during setup"));
        Assert.Equal(5L, await ScalarAsync(EnglishPriorities));
        StartNginx();

        using var editor = await SessionsAsync();
        await FreshnessAfterImportAsync("3.81", ScheduledDrafts());
        await FreshnessAfterAdminPublishAsync(editor);
        await KillUnderLoadAsync();

        File.WriteAllLines(Path.Combine(Path.GetTempPath(), "durhamcms-cluster-figures.txt"), _figures);
    }

    /// <summary>An editor signs in through nginx and works for 50 requests: no sign-out, no antiforgery failure. Returns the signed-in editor.</summary>
    private async Task<SiteClient> SessionsAsync()
    {
        // The client owns the handler and the HttpClient: disposed with it.
        var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = Balancer };
        var client = new SiteClient(http);
        using var signIn = await client.PostFormAsync("/login", [new("UserName", "admin"), new("Password", TestSite.AdminPassword)]);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var failures = 0;
        for (var i = 0; i < 25; i++)
        {
            using var get = await client.GetAsync("/admin/account/password");
            var page = await get.Content.ReadAsStringAsync();
            using var post = await client.PostWithTokenAsync(
                "/admin/account/password",
                [new("CurrentPassword", "not-the-password"), new("NewPassword", "Another-password-123"), new("ConfirmPassword", "Another-password-123")],
                SiteClient.AntiforgeryToken(page));
            if (get.StatusCode != HttpStatusCode.OK || post.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Redirect)
            {
                failures++;
            }
        }

        Figure("session failures in 50 requests over nginx", failures);
        Assert.Equal(0, failures);
        return client;
    }

    /// <summary>A CLI import (another process) adds an initiative: every node's cached pages, plan.json, sitemap and search show it.</summary>
    private async Task FreshnessAfterImportAsync(string number, string moreItems = "")
    {
        using var http = new HttpClient();
        var title = $"Cluster freshness {number}";
        var paths = new[] { "/api/plan.json", "/sitemap.xml", "/api/search?q=" + Uri.EscapeDataString("freshness") };
        foreach (var node in _nodes)
        {
            foreach (var path in paths)
            {
                await http.GetStringAsync(new Uri(node.Address, path));
            }
        }

        var recipe = Path.Combine(_folder, $"fresh-{number}.recipe.json");
        await File.WriteAllTextAsync(recipe, $$"""
            { "name": "Fresh", "steps": [ { "name": "Content", "Data": [
              { "ContentItemId": "[js: uuid()]", "ContentType": "Initiative", "DisplayText": "{{title}}", "Latest": true, "Published": true,
                "TitlePart": { "Title": "{{title}}" },
                "Initiative": { "Number": { "Text": "{{number}}" }, "Priority": { "ContentItemIds": [ "fstbqq5w6asqz1y2ksaae0cesp" ] },
                  "Status": { "Text": "In Progress" }, "Description": { "Html": "<p>Cluster freshness test.</p>" } } }{{moreItems}} ] } ] }
            """);
        var import = await RunCliAsync("import", recipe);
        Assert.True(import == 0, "the CLI import failed");
        var committed = Stopwatch.StartNew();
        await MeasureFreshnessAsync("import", committed, _nodes.SelectMany(n => paths.Select(path =>
            (n, path, path.Contains("sitemap", StringComparison.Ordinal) ? number.Replace('.', '-') : title))));
    }

    /// <summary>
    /// The editor publishes a status update through nginx with the admin form (its antiforgery token): every node's
    /// initiative page, plan.json, Atom feed and search show it.
    /// </summary>
    private async Task FreshnessAfterAdminPublishAsync(SiteClient editor)
    {
        using var http = new HttpClient();
        var marker = "quokkapublish" + Guid.NewGuid().ToString("n")[..6];
        var paths = new[] { $"/contents/{SeededPlan.Initiative311}", "/api/plan.json", "/feeds/status-updates.atom", "/api/search?q=" + marker };
        foreach (var node in _nodes)
        {
            foreach (var path in paths)
            {
                // Also fills every node's cache with the page as it was.
                Assert.DoesNotContain(marker, await http.GetStringAsync(new Uri(node.Address, path)), StringComparison.Ordinal);
            }
        }

        using var published = await editor.SaveAsync(
            SeededPlan.Update311,
            [new("StatusUpdate.WhatWeHaveBeenDoing.Html", $"<p>Published through nginx: {marker}.</p>"), new("transition", "Publish")],
            command: "");
        Assert.True(published.StatusCode == HttpStatusCode.Redirect, $"the admin publish answered {(int)published.StatusCode}: {EditorPages.ErrorSummary(await published.Content.ReadAsStringAsync())}");
        var committed = Stopwatch.StartNew();
        await MeasureFreshnessAsync("admin publish", committed, _nodes.SelectMany(n => paths.Select(path => (n, path, marker))));
    }

    /// <summary>Polls every node's path until it shows the text; reports median and max since the commit and holds them to the bounds.</summary>
    private async Task MeasureFreshnessAsync(string change, Stopwatch committed, IEnumerable<(ClusterNode Node, string Path, string Text)> probes)
    {
        using var http = new HttpClient();
        var delays = new List<(double Seconds, string Where)>();
        await Task.WhenAll(probes.Select(async probe =>
        {
            await Polling.EventuallyAsync(
                async () => (await http.GetStringAsync(new Uri(probe.Node.Address, probe.Path))).Contains(probe.Text, StringComparison.Ordinal),
                TimeSpan.FromSeconds(10),
                $"node {probe.Node.Name} showing the {change} on {probe.Path}");
            lock (delays)
            {
                delays.Add((committed.Elapsed.TotalSeconds, $"{probe.Node.Name} {probe.Path}"));
            }
        }));
        delays.Sort();
        Figure($"{change}-to-visible on every node, median (s)", delays[delays.Count / 2].Seconds);
        Figure($"{change}-to-visible on every node, max (s)", delays[^1].Seconds);
        output.WriteLine($"cluster: slowest after the {change}: {delays[^1].Where}");
        // The issue's 1 s holds for the median. The slowest path is reported and held to a looser bound: CI runs this
        // test beside the rest of the suite on 2 cores, and a node that has just restarted still warms its search.
        Assert.True(delays[delays.Count / 2].Seconds <= FreshnessBound, $"{change}: median {delays[delays.Count / 2].Seconds:0.00} s (bound {FreshnessBound} s)");
        Assert.True(delays[^1].Seconds <= SlowestBound, $"{change}: {delays[^1].Where} took {delays[^1].Seconds:0.00} s (bound {SlowestBound} s)");
    }

    /// <summary>
    /// kill -9 one node during 12 s of resident load through nginx: no failed request; it restarts and catches up.
    /// Schedules and email fall due around the kill: each is done exactly once.
    /// </summary>
    private async Task KillUnderLoadAsync()
    {
        var killAt = DateTime.UtcNow.AddSeconds(3);
        await QueueAroundTheKillAsync(killAt);
        using var http = new HttpClient { BaseAddress = Balancer, Timeout = TimeSpan.FromSeconds(10) };
        var paths = new[] { "/", "/api/plan.json", "/sitemap.xml", "/search?q=park" };
        var failed = 0;
        var total = 0;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(12));
        var load = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                try
                {
                    using var response = await http.GetAsync(new Uri(paths[(worker + i) % paths.Length], UriKind.Relative));
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref failed);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failed);
                }

                Interlocked.Increment(ref total);
            }
        })).ToList();

        await Task.Delay(Max(killAt - DateTime.UtcNow, TimeSpan.Zero));
        var victim = _nodes[1];
        victim.Kill();
        await Task.Delay(TimeSpan.FromSeconds(2));
        var restart = Stopwatch.StartNew();
        victim.Start();
        await ReadyAsync(victim, TimeSpan.FromSeconds(60));
        Figure("killed node: restart-to-ready (s)", restart.Elapsed.TotalSeconds);
        await Task.WhenAll(load);
        Figure("resident requests during the kill", total);
        Figure("failed resident requests during the kill", failed);
        Assert.Equal(0, failed);

        await ScheduledExactlyOnceAsync(victim);
        await EmailsExactlyOnceAsync();

        // Caught up: what changed while it was down shows on it.
        await FreshnessAfterImportAsync("3.82");
    }

    /// <summary>The drafts the first import brings, each to be published by the scheduler during the kill.</summary>
    private string ScheduledDrafts() => string.Concat(_scheduledIds.Select((id, i) => $$"""
        ,
          { "ContentItemId": "{{id}}", "ContentType": "Initiative", "DisplayText": "{{ScheduledTitle(i)}}", "Latest": true, "Published": false,
            "TitlePart": { "Title": "{{ScheduledTitle(i)}}" },
            "Initiative": { "Number": { "Text": "3.{{41 + i}}" }, "Priority": { "ContentItemIds": [ "{{SeededPlan.Priority3}}" ] },
              "Status": { "Text": "In Progress" }, "Description": { "Html": "<p>Published by the scheduler while a node was killed: {{ScheduledWord}}.</p>" } } }
        """));

    private static string ScheduledTitle(int i) => $"Cluster scheduled 3.{41 + i}";

    /// <summary>
    /// Schedules the drafts' publishing from just before the kill to just after it, and queues emails due just after
    /// it (a message a node takes and dies sending is sent again when its lease ends, by design: the point here is
    /// that the live nodes share the due work once). Written to the scheduler's and the outbox's tables directly, as
    /// a schedule and a workflow's notification commit them (Initiative publishes through the editorial workflow,
    /// whose scheduled publish needs a review round first), then a wake-up on the cluster bus as they send one.
    /// </summary>
    private async Task QueueAroundTheKillAsync(DateTime killAt)
    {
        await using var connection = new NpgsqlConnection(TestSite.PostgresConnectionString(_database));
        await connection.OpenAsync();
        for (var i = 0; i < _scheduledIds.Length; i++)
        {
            await using var schedule = new NpgsqlCommand("""
                INSERT INTO "PublishScheduleRecord" ("ContentItemId", "ContentItemVersionId", "Action", "DueUtc", "ScheduledBy", "CreatedUtc")
                SELECT c."ContentItemId", c."ContentItemVersionId", 'Publish', @due, 'admin', now() FROM "ContentItems" c
                WHERE c."ContentItemId" = @id AND c."Latest" AND NOT c."Published"
                """, connection);
            schedule.Parameters.AddWithValue("id", _scheduledIds[i]);
            schedule.Parameters.AddWithValue("due", killAt.AddSeconds((i - 2) * 0.25));
            Assert.True(await schedule.ExecuteNonQueryAsync() == 1, $"the imported draft {ScheduledTitle(i)} is not there to schedule");
        }

        for (var i = 0; i < Emails; i++)
        {
            await using var email = new NpgsqlCommand("""
                INSERT INTO "OutboxMessageRecord" ("To", "Subject", "HtmlBody", "TextBody", "CreatedUtc", "NextAttemptUtc", "Attempts", "GivenUp")
                VALUES (@to, @subject, '<p>Queued before the kill.</p>', 'Queued before the kill.', now(), @due, 0, false)
                """, connection);
            email.Parameters.AddWithValue("to", $"editor{i}@durhamnc.example");
            email.Parameters.AddWithValue("subject", $"Cluster outbox {i}");
            email.Parameters.AddWithValue("due", killAt.AddSeconds(0.5));
            await email.ExecuteNonQueryAsync();
        }

        await using var wake = new NpgsqlCommand("""
            WITH s AS (INSERT INTO "ClusterSignals" ("Channel", "Payload", "Origin", "CreatedUtc")
                VALUES ('scheduler', '', 'cluster-test', now()), ('outbox', '', 'cluster-test', now()) RETURNING "Id")
            SELECT pg_notify('durhamcms_signals', "Id"::text) FROM s
            """, connection);
        await wake.ExecuteNonQueryAsync();
    }

    /// <summary>Every schedule ran once: one published version and one scheduler audit event per item; the restarted node serves them all.</summary>
    private async Task ScheduledExactlyOnceAsync(ClusterNode victim)
    {
        var ids = string.Join(", ", _scheduledIds.Select(id => $"'{id}'"));
        await Polling.EventuallyAsync(
            async () => await ScalarAsync($"""SELECT COUNT(*) FROM "PublishScheduleRecord" WHERE "ContentItemId" IN ({ids}) AND "DoneUtc" IS NULL""") == 0,
            TimeSpan.FromSeconds(30),
            "every schedule due during the kill taken");
        var outcomes = await ScalarAsync($"""SELECT COUNT(*) FROM "PublishScheduleRecord" WHERE "ContentItemId" IN ({ids}) AND "Outcome" = 'Published'""");
        var publishedVersions = await ScalarAsync($"""SELECT COUNT(*) FROM "ContentItems" WHERE "ContentItemId" IN ({ids}) AND "Published" """);
        var events = await ScalarAsync($"""SELECT COUNT(*) FROM "AuditTrailEvent" WHERE "ContentItemId" IN ({ids}) AND "Name" = 'PublishedBySchedule'""");
        var twice = await ScalarAsync($"""
            SELECT COUNT(*) FROM (SELECT "ContentItemId" FROM "AuditTrailEvent" WHERE "ContentItemId" IN ({ids}) AND "Name" = 'PublishedBySchedule'
            GROUP BY "ContentItemId" HAVING COUNT(*) > 1) d
            """);
        Figure("schedules due during the kill", Scheduled);
        Figure("schedules published (one version, one audit event each)", Math.Min(publishedVersions, events));
        Figure("schedules published twice", twice);
        if (outcomes != Scheduled)
        {
            output.WriteLine("cluster: schedule outcomes: " + await TextAsync($"""SELECT string_agg(COALESCE("Outcome", '(none)'), ' | ') FROM "PublishScheduleRecord" WHERE "ContentItemId" IN ({ids})"""));
        }

        Assert.Equal(Scheduled, outcomes);
        Assert.Equal(Scheduled, publishedVersions);
        Assert.Equal(Scheduled, events);
        Assert.Equal(0, twice);

        // The node that was down serves them: its cache and its search caught up.
        using var http = new HttpClient();
        var caughtUp = await Polling.EventuallyAsync(async () =>
        {
            var plan = await http.GetStringAsync(new Uri(victim.Address, "/api/plan.json"));
            var search = await http.GetStringAsync(new Uri(victim.Address, "/api/search?q=" + ScheduledWord));
            return Enumerable.Range(0, Scheduled).All(i => plan.Contains(ScheduledTitle(i), StringComparison.Ordinal) && search.Contains(ScheduledTitle(i), StringComparison.Ordinal));
        }, TimeSpan.FromSeconds(15), $"node {victim.Name} serving the scheduled publishes in plan.json and search");
        Figure("killed node: serving the scheduled publishes, after the checks above (s)", caughtUp.TotalSeconds);
    }

    /// <summary>Each email queued before the kill reaches the SMTP server once, each with its own Message-ID.</summary>
    private async Task EmailsExactlyOnceAsync()
    {
        static bool Ours(MimeKit.MimeMessage m) => m.Subject?.StartsWith("Cluster outbox ", StringComparison.Ordinal) == true;
        await _smtp.WaitForAsync(Ours, Emails, seconds: 20);
        var sent = await ScalarAsync("""SELECT COUNT(*) FROM "OutboxMessageRecord" WHERE "Subject" LIKE 'Cluster outbox %' AND "SentUtc" IS NOT NULL AND "Attempts" = 1""");
        var received = _smtp.Messages.Where(Ours).ToList();
        var duplicates = received.Count - received.Select(m => m.MessageId).Distinct(StringComparer.Ordinal).Count();
        Figure("emails queued before the kill, sent once", sent);
        Figure("emails received with a duplicate Message-ID", duplicates);
        Assert.Equal(Emails, sent);
        Assert.Equal(Emails, received.Count);
        Assert.Equal(0, duplicates);
        Assert.All(received, m => Assert.Matches("^outbox-[0-9]+@durhamnc\\.example$", m.MessageId));
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private async Task ReadyAsync(ClusterNode node, TimeSpan timeout)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        await Polling.EventuallyAsync(async () =>
        {
            Assert.False(node.HasExited, $"node {node.Name} exited");
            try
            {
                using var response = await http.GetAsync(new Uri(node.Address, "/health/ready"));
                return response.StatusCode == HttpStatusCode.OK;
            }
            catch (HttpRequestException)
            {
                return false;
            }
            catch (TaskCanceledException)
            {
                return false;
            }
        }, timeout, $"node {node.Name} ready");
    }

    private Dictionary<string, string> Environment() => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["DurhamCms__Database__Provider"] = TestSite.PostgreSql,
        ["DurhamCms__Database__ConnectionString"] = TestSite.PostgresConnectionString(_database),
        ["DurhamCms__Setup__AdminPassword"] = TestSite.AdminPassword,
        ["DurhamCms__Setup__Recipe"] = RepositoryPaths.DurhamRecipe,
        ["Logging__LogLevel__Default"] = "Warning",
    };

    private async Task<int> RunCliAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DurhamCms.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in Environment())
        {
            start.Environment[key] = value;
        }

        start.Environment["DurhamCms__DataPath"] = Path.Combine(_folder, "cli");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        output.WriteLine($"CLI {string.Join(' ', args)}: {await stdout}{await stderr}");
        return process.ExitCode;
    }

    private void StartNginx()
    {
        var prefix = Path.Combine(_folder, "nginx");
        Directory.CreateDirectory(prefix);
        _nginxPort = ClusterNode.FreePort();
        var config = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "deploy", "nginx", "durhamcms-cluster.conf"))
            .Replace("@PREFIX@", prefix, StringComparison.Ordinal)
            .Replace("@LISTEN@", _nginxPort.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        for (var i = 0; i < _nodes.Count; i++)
        {
            config = config.Replace($"@NODE{i + 1}@", _nodes[i].Port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        var file = Path.Combine(prefix, "nginx.conf");
        File.WriteAllText(file, config);
        var nginx = NginxPaths.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("nginx is not installed: ./test.sh installs it (apt-get install -y nginx).");
        var start = new ProcessStartInfo(nginx) { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add("-p");
        start.ArgumentList.Add(prefix);
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(file);
        _nginx = Process.Start(start)!;
        using var probe = new HttpClient();
        Polling.EventuallyAsync(async () =>
        {
            try
            {
                return (await probe.GetAsync(new Uri(Balancer, "/health/live"))).IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(10), "nginx answering").GetAwaiter().GetResult();
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestSite.PostgresConnectionString(_database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private async Task<string> TextAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(TestSite.PostgresConnectionString(_database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) ?? "";
    }

    private void Figure(string name, double value)
    {
        var line = $"cluster: {name}: {value.ToString("0.###", CultureInfo.InvariantCulture)}";
        _figures.Add(line);
        output.WriteLine(line);
    }

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _smtp.Start();
        var environment = Environment();
        foreach (var (key, value) in _smtp.SiteSettings())
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value!;
        }

        foreach (var name in new[] { "node1", "node2", "node3" })
        {
            _nodes.Add(new ClusterNode(name, Path.Combine(_folder, name), environment));
        }

        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_nginx is { HasExited: false })
        {
            _nginx.Kill(entireProcessTree: true);
            await _nginx.WaitForExitAsync();
        }

        _nginx?.Dispose();
        foreach (var node in _nodes)
        {
            node.Dispose();
        }

        await _smtp.DisposeAsync();

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(TestSite.PostgresConnectionString("postgres"));
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
        TempFolder.TryDelete(_folder);
    }
}
