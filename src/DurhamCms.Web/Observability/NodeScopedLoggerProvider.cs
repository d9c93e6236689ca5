using Microsoft.Extensions.Logging.Console;

namespace DurhamCms.Web.Observability;

/// <summary>
/// The console logger with this node's name as the outermost scope of every line, whatever thread
/// logs it (a request, a background service, the host), so that lines merged from several nodes
/// by a log shipper say where they came from. Aliased "Console": its log-level settings still apply.
/// </summary>
[ProviderAlias("Console")]
internal sealed class NodeScopedLoggerProvider(ConsoleLoggerProvider console, string nodeName) : ILoggerProvider, ISupportExternalScope
{
    private readonly NodeScope _node = new(nodeName);

    public ILogger CreateLogger(string categoryName) => console.CreateLogger(categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => console.SetScopeProvider(new WithNode(scopeProvider, _node));

    public void Dispose() => console.Dispose();

    /// <summary>Replaces the console provider <c>AddJsonConsole</c> registered with one that names the node.</summary>
    public static void Replace(IServiceCollection services, string nodeName)
    {
        var descriptor = services.FirstOrDefault(d => d.ServiceType == typeof(ILoggerProvider) && d.ImplementationType == typeof(ConsoleLoggerProvider));
        if (descriptor is null)
        {
            return;
        }

        services.Remove(descriptor);
        services.AddSingleton<ConsoleLoggerProvider>();
        services.AddSingleton<ILoggerProvider>(sp => new NodeScopedLoggerProvider(sp.GetRequiredService<ConsoleLoggerProvider>(), nodeName));
    }

    private sealed class WithNode(IExternalScopeProvider inner, NodeScope node) : IExternalScopeProvider
    {
        public void ForEachScope<TState>(Action<object?, TState> callback, TState state)
        {
            callback(node, state);
            inner.ForEachScope(callback, state);
        }

        public IDisposable Push(object? state) => inner.Push(state);
    }

    /// <summary>Written by the JSON formatter as <c>{"Message":"Node a","NodeName":"a"}</c>.</summary>
    private sealed class NodeScope(string nodeName) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        private readonly KeyValuePair<string, object?> _pair = new("NodeName", nodeName);

        public int Count => 1;

        public KeyValuePair<string, object?> this[int index] => index == 0 ? _pair : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
        {
            yield return _pair;
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => "Node " + nodeName;
    }
}
