using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using DurhamCms.Tests.Infrastructure;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace DurhamCms.Tests.Workflows;

/// <summary>A real SMTP server on 127.0.0.1 (the SmtpServer package) that keeps what it receives.</summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<MimeMessage> _messages = new();
    private CancellationTokenSource? _stop;
    private Task? _running;

    public TestSmtpServer(int? port = null) => Port = port ?? FreePort();

    public int Port { get; }

    public IReadOnlyList<MimeMessage> Messages => _messages.ToList();

    /// <summary>Site settings that send the site's email here.</summary>
    public Dictionary<string, string?> SiteSettings() => new()
    {
        ["DurhamCms:Smtp:Host"] = "127.0.0.1",
        ["DurhamCms:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["DurhamCms:Smtp:From"] = "dashboard@durhamnc.example",
        ["DurhamCms:Smtp:Security"] = "None",
        ["DurhamCms:Smtp:RetryBaseSeconds"] = "1",
        ["DurhamCms:Smtp:PollSeconds"] = "1",
    };

    public TestSmtpServer Start()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(_messages));
        _stop = new CancellationTokenSource();
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
        return this;
    }

    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(Func<MimeMessage, bool> match, int count = 1, int seconds = 30)
    {
        await Polling.EventuallyAsync(() => Task.FromResult(Messages.Count(match) >= count), TimeSpan.FromSeconds(seconds), $"{count} email(s) at the SMTP server");
        return Messages.Where(match).ToList();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (_stop is null || _running is null)
        {
            return;
        }

        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // Stopped, as asked.
        }

        _stop.Dispose();
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> messages) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
