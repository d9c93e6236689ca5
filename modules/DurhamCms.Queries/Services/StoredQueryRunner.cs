using DurhamCms.Queries.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace DurhamCms.Queries.Services;

/// <summary>A stored query that cannot run here at all (its source is off or unknown): the status to answer with.</summary>
public sealed class QueryNotRunnableException(string message, int statusCode) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}

/// <summary>
/// Runs a stored query by its source: SQL here, any other through the module that offers it
/// (<see cref="IQuerySource"/>, Lucene by Search). Checks again what import checked, since the
/// stored document could have been written by something other than the step.
/// </summary>
public sealed class StoredQueryRunner(SqlQueryRunner sql, IEnumerable<IQuerySource> sources, IOptions<QueriesOptions> options)
{
    public IQuerySource? SourceFor(string source) =>
        sources.FirstOrDefault(s => string.Equals(s.Name, source, StringComparison.OrdinalIgnoreCase));

    /// <summary>Null when the query could be stored and run here, else why not.</summary>
    public string? Problem(StoredQuery query)
    {
        if (string.Equals(query.Source, StoredQuery.Sql, StringComparison.OrdinalIgnoreCase))
        {
            return SqlQueryText.Parse(query.Template).Problem ?? (query.Public ? SqlQueryText.PublicProblem(query.Template) : null);
        }

        return SourceFor(query.Source) is { } source
            ? source.Validate(query.Template)
            : $"this site runs Sql{(sources.Any() ? ", " + string.Join(", ", sources.Select(s => s.Name)) : "")} queries, not {query.Source} ones.";
    }

    public async Task<QueryRows> RunAsync(StoredQuery query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        if (string.Equals(query.Source, StoredQuery.Sql, StringComparison.OrdinalIgnoreCase))
        {
            if (query.Public && SqlQueryText.PublicProblem(query.Template) is { } publicProblem)
            {
                throw new QueryNotRunnableException($"The query '{query.Name}' may not run: {publicProblem}", StatusCodes.Status400BadRequest);
            }

            return await sql.RunAsync(SqlQueryText.Parse(query.Template), parameters, cancellationToken);
        }

        if (SourceFor(query.Source) is not { } source)
        {
            var hint = string.Equals(query.Source, StoredQuery.Lucene, StringComparison.OrdinalIgnoreCase) ? " (the Search module, DurhamCms.Search, runs them)" : "";
            throw new QueryNotRunnableException($"The query '{query.Name}' is a {query.Source} query; no module of this site runs those{hint}.", StatusCodes.Status501NotImplemented);
        }

        var result = await source.RunAsync(new QuerySourceRequest(query.Template, query.Index, parameters, query.Public, options.Value.MaxRows), cancellationToken);
        return new QueryRows(result.Rows, result.Truncated, result.Total);
    }
}
