using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using DurhamCms.Tests.Infrastructure;

namespace DurhamCms.Tests.Cluster;

/// <summary>
/// A redis-server of the test's own on a free loopback port, with its data in a folder of its own,
/// so that it can be stopped (saving, as a real one does) and started again with what it had.
/// </summary>
public sealed class RedisServer : IDisposable
{
    private static readonly string[] Paths = ["/usr/bin/redis-server", "/usr/local/bin/redis-server", "/usr/sbin/redis-server"];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "durhamcms-redis", Guid.NewGuid().ToString("n"));
    private Process? _process;

    public static string? Binary { get; } = Paths.FirstOrDefault(File.Exists);

    public int Port { get; } = ClusterNode.FreePort();

    public string Configuration => $"127.0.0.1:{Port}";

    public async Task StartAsync()
    {
        Directory.CreateDirectory(_folder);
        var start = new ProcessStartInfo(Binary ?? throw new InvalidOperationException("redis-server is not installed"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _folder,
        };
        foreach (var argument in new[] { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", _folder, "--save", "", "--appendonly", "no" })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var watch = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if (await CommandAsync("PING") == "+PONG")
                {
                    return;
                }
            }
            catch (SocketException) when (watch.Elapsed < TimeSpan.FromSeconds(10))
            {
            }

            await Task.Delay(20);
        }
    }

    /// <summary>SHUTDOWN SAVE: the cached pages it holds are on disk and come back with <see cref="StartAsync"/>.</summary>
    public async Task StopAsync()
    {
        try
        {
            await CommandAsync("SHUTDOWN", "SAVE");
        }
        catch (Exception e) when (e is SocketException or IOException)
        {
            // It closes the connection as it goes.
        }

        await _process!.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        _process.Dispose();
        _process = null;
    }

    /// <summary>Sends one command and returns the first line of the reply.</summary>
    public async Task<string> CommandAsync(params string[] arguments)
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", Port);
        await using var stream = client.GetStream();
        var request = new StringBuilder().Append('*').Append(arguments.Length).Append("\r\n");
        foreach (var argument in arguments)
        {
            request.Append('$').Append(Encoding.UTF8.GetByteCount(argument)).Append("\r\n").Append(argument).Append("\r\n");
        }

        await stream.WriteAsync(Encoding.UTF8.GetBytes(request.ToString()));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadLineAsync() ?? "";
    }

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process?.Dispose();
        TempFolder.TryDelete(_folder);
    }
}

/// <summary>A test that needs redis-server: skipped, saying why, where it is not installed.</summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (RedisServer.Binary is null)
        {
            Skip = "redis-server is not installed: ./test.sh installs it (apt-get install -y redis-server).";
        }
    }
}
