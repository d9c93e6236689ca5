using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using DurhamCms.Setup;
using DurhamCms.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DurhamCms.Tests.Security;

/// <summary>What the site keeps on disk is readable by its own account only, and the key ring can be encrypted.</summary>
public sealed class SecretsAtRestTests
{
    private const string KeyRingWarning = "key ring is NOT encrypted at rest";

    [Fact]
    public async Task The_data_folder_is_0700_and_the_database_with_its_wal_and_shm_0600()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes only; Windows folders inherit their ACLs.
        }

        await using var site = new TestSite(new TestSiteOptions { SkipDurhamRecipe = true });
        _ = site.Services;

        Assert.Equal(DataFolder.OwnerOnlyFolder, File.GetUnixFileMode(site.DataPath));
        var database = Path.Combine(site.DataPath, "durhamcms.db");

        // SQLite removes the WAL and SHM files when the last connection closes, which another test
        // clearing the process's connection pools can cause at any moment: hold a reader open.
        await using var reader = new SqliteConnection($"Data Source={database};Pooling=False");
        await reader.OpenAsync();
        await using (var read = reader.CreateCommand())
        {
            read.CommandText = "SELECT count(*) FROM sqlite_master";
            await read.ExecuteScalarAsync();
        }

        foreach (var file in new[] { database, database + "-wal", database + "-shm" })
        {
            Assert.True(File.Exists(file), $"{file} was not created.");
            Assert.Equal(DataFolder.OwnerOnlyFile, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public async Task The_generated_password_file_is_0600_and_redirected_output_gets_only_its_path()
    {
        var console = new RecordingConsole(isTerminal: false);
        await using var site = GeneratedPasswordSite(console);
        _ = site.Services;

        var file = Path.Combine(site.DataPath, SiteSetup.PasswordFileName);
        var password = File.ReadAllLines(file)[1];
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(DataFolder.OwnerOnlyFile, File.GetUnixFileMode(file));
        }

        var line = Assert.Single(console.Lines);
        Assert.Contains(file, line, StringComparison.Ordinal);
        Assert.DoesNotContain(password, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_terminal_is_shown_the_generated_password_once()
    {
        var console = new RecordingConsole(isTerminal: true);
        await using var site = GeneratedPasswordSite(console);
        _ = site.Services;

        var password = File.ReadAllLines(Path.Combine(site.DataPath, SiteSetup.PasswordFileName))[1];
        Assert.Contains(password, Assert.Single(console.Lines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_secret_file_is_created_owner_only_even_under_a_permissive_umask_and_replaces_an_old_one()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes only; Windows folders inherit their ACLs.
        }

        var folder = Directory.CreateTempSubdirectory("durhamcms-secret").FullName;
        try
        {
            var file = Path.Combine(folder, "secret.txt");
            await File.WriteAllTextAsync(file, "old");
            File.SetUnixFileMode(file, (UnixFileMode)0b110_110_110);

            await DataFolder.WriteSecretAsync(file, "new");

            Assert.Equal(DataFolder.OwnerOnlyFile, File.GetUnixFileMode(file));
            Assert.Equal("new", await File.ReadAllTextAsync(file));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Without_a_certificate_the_key_ring_is_plain_and_the_log_warns()
    {
        var log = new RecordingLogger();
        await using var site = new TestSite(new TestSiteOptions { SkipDurhamRecipe = true, Services = s => s.AddSingleton<ILoggerProvider>(log) });
        using var client = site.Client();
        (await client.GetAsync("/login")).Dispose();

        Assert.Contains(log.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains(KeyRingWarning, StringComparison.Ordinal));
        Assert.Contains("<masterKey", KeyRing(site), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_certificate_the_key_ring_is_encrypted_and_cookies_still_work()
    {
        var folder = Directory.CreateTempSubdirectory("durhamcms-cert").FullName;
        try
        {
            var pfx = Path.Combine(folder, "keyring.pfx");
            using (var rsa = RSA.Create(2048))
            {
                var request = new CertificateRequest("CN=DurhamCms key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
                await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "pfx-password"));
            }

            var log = new RecordingLogger();
            await using var site = new TestSite(new TestSiteOptions
            {
                Settings = new Dictionary<string, string?>
                {
                    ["DurhamCms:DataProtection:CertificatePath"] = pfx,
                    ["DurhamCms:DataProtection:CertificatePassword"] = "pfx-password",
                },
                Services = s => s.AddSingleton<ILoggerProvider>(log),
            });
            using var admin = await site.SignInAsync("admin", TestSite.AdminPassword);
            using var dashboard = await admin.GetAsync("/admin");

            Assert.Equal(System.Net.HttpStatusCode.OK, dashboard.StatusCode);
            var ring = KeyRing(site);
            Assert.Contains("EncryptedData", ring, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", ring, StringComparison.Ordinal);
            Assert.DoesNotContain(log.Entries, e => e.Message.Contains(KeyRingWarning, StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_missing_certificate_file_stops_the_start_naming_the_setting()
    {
        await using var site = new TestSite(new TestSiteOptions
        {
            SkipDurhamRecipe = true,
            Settings = new Dictionary<string, string?> { ["DurhamCms:DataProtection:CertificatePath"] = "/nowhere/keyring.pfx" },
        });

        var error = Assert.ThrowsAny<Exception>(() => site.Services);
        Assert.Contains("DurhamCms:DataProtection:CertificatePath", error.ToString(), StringComparison.Ordinal);
    }

    private static TestSite GeneratedPasswordSite(RecordingConsole console) => new(new TestSiteOptions
    {
        SkipDurhamRecipe = true,
        Settings = new Dictionary<string, string?> { ["DurhamCms:Setup:AdminPassword"] = "" },
        Services = s => s.AddSingleton<SetupConsole>(console),
    });

    private static string KeyRing(TestSite site) =>
        string.Concat(Directory.GetFiles(Path.Combine(site.DataPath, "keys"), "*.xml").Select(File.ReadAllText));

    private sealed class RecordingConsole(bool isTerminal) : SetupConsole
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public override bool IsTerminal => isTerminal;

        public override void WriteLine(string line) => Lines.Enqueue(line);
    }

    private sealed class RecordingLogger : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<(LogLevel Level, string Message)> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Enqueue((logLevel, formatter(state, exception)));

        public void Dispose()
        {
        }
    }
}
