using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DurhamCms.Tests.Cluster;

/// <summary>One process of the built site (<c>dotnet DurhamCms.Web.dll</c>) on a loopback port of its own, with its own data folder.</summary>
public sealed class ClusterNode(string name, string dataPath, IReadOnlyDictionary<string, string> environment, Action<string>? output = null) : IDisposable
{
    private Process? _process;

    public string Name { get; } = name;

    public int Port { get; } = FreePort();

    public Uri Address => new($"http://127.0.0.1:{Port}");

    public void Start()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "DurhamCms.Web.dll"));
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        start.Environment["ASPNETCORE_URLS"] = Address.ToString();
        start.Environment["DurhamCms__DataPath"] = dataPath;
        start.Environment["DurhamCms__Search__NodeName"] = Name;
        _process = Process.Start(start)!;
        // Drained, or a chatty node would block on a full pipe.
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                output?.Invoke(line);
            }
        };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public bool HasExited => _process?.HasExited ?? true;

    /// <summary>kill -9: no shutdown, no flush, as a power cut.</summary>
    public void Kill()
    {
        _process?.Kill(entireProcessTree: true);
        _process?.WaitForExit();
    }

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            Kill();
        }

        _process?.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
