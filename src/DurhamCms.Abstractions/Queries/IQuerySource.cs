using System.Text.Json.Nodes;

namespace DurhamCms.Queries;

/// <summary>
/// A query language other than SQL that a module runs for stored queries (Orchard's "Lucene" by
/// the Search module). The Queries module stores and authorizes; the source only parses and runs.
/// </summary>
public interface IQuerySource
{
    /// <summary>The query's <c>Source</c> as Orchard writes it ("Lucene").</summary>
    string Name { get; }

    /// <summary>Null when the template could run, else what is wrong and where (checked on import and when edited).</summary>
    string? Validate(string template);

    /// <summary>Runs the template; a template or parameter that cannot run throws <see cref="QueryFailedException"/>.</summary>
    Task<QuerySourceResult> RunAsync(QuerySourceRequest request, CancellationToken cancellationToken = default);
}

/// <summary>
/// One run: the template, the index it names (null: the source's default), the parameters, whether
/// only published items may answer (a public query), and the most rows to return.
/// </summary>
public sealed record QuerySourceRequest(string Template, string? Index, IReadOnlyDictionary<string, object?> Parameters, bool PublishedOnly, int MaxRows);

/// <summary>The rows (each a document's stored values), how many matched in all, and whether rows were cut at the limit.</summary>
public sealed record QuerySourceResult(IReadOnlyList<JsonObject> Rows, int Total, bool Truncated);

/// <summary>A query that could not run; the message says why and is shown to whoever ran it.</summary>
public sealed class QueryFailedException(string message, Exception? inner = null) : Exception(message, inner);
