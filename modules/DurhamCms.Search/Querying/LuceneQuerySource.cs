using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DurhamCms.Queries;
using DurhamCms.Search.Indexing;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;

namespace DurhamCms.Search.Querying;

/// <summary>
/// Orchard's Lucene queries, run on this node's index (the query's <c>Index</c>, else the residents'
/// profile). As in Orchard the template is Liquid first: <c>{{ name }}</c> becomes the parameter,
/// JavaScript-encoded so text cannot leave the JSON string it sits in (a missing one is empty).
/// A public query sees published documents only; each row is a document's stored values.
/// </summary>
internal sealed partial class LuceneQuerySource(LuceneIndexes indexes, IOptions<SearchOptions> options) : IQuerySource
{
    public string Name => "Lucene";

    public string? Validate(string template)
    {
        try
        {
            using var analyzer = new StandardAnalyzer(SearchAnalyzers.Version);
            LuceneQueryDsl.Parse(Render(template, new Dictionary<string, object?>(), forValidation: true), analyzer);
            return null;
        }
        catch (FormatException ex)
        {
            return ex.Message;
        }
    }

    public Task<QuerySourceResult> RunAsync(QuerySourceRequest request, CancellationToken cancellationToken = default)
    {
        var name = string.IsNullOrWhiteSpace(request.Index) ? options.Value.ProfileName : request.Index;
        var index = indexes.Find(name) ?? throw new QueryFailedException($"The index '{name}' is not open on this site (see /admin/search).");
        LuceneQueryDsl.Parsed parsed;
        try
        {
            parsed = LuceneQueryDsl.Parse(Render(request.Template, request.Parameters, forValidation: false), index.Analyzer);
        }
        catch (FormatException ex)
        {
            throw new QueryFailedException($"The Lucene query is not valid: {ex.Message}", ex);
        }

        var query = request.PublishedOnly
            ? new FilteredQuery(parsed.Query, new QueryWrapperFilter(new TermQuery(new Term(SearchFields.Published, "true"))))
            : parsed.Query;
        var size = Math.Min(parsed.Size, request.MaxRows);
        try
        {
            return Task.FromResult(index.Search(searcher =>
            {
                var wanted = Math.Max(1, parsed.From + size);
                var top = parsed.Sort is { } sort ? searcher.Search(query, wanted, sort) : searcher.Search(query, wanted);
                var rows = top.ScoreDocs.Skip(parsed.From).Take(size).Select(d => Row(searcher.Doc(d.Doc))).ToList();
                return new QuerySourceResult(rows, top.TotalHits, parsed.Size > size && top.TotalHits > parsed.From + size);
            }));
        }
        catch (Exception ex) when (ex is BooleanQuery.TooManyClausesException or InvalidOperationException or ArgumentException)
        {
            // A wildcard expanding past Lucene's limit, or a sort on a field that cannot be sorted.
            throw new QueryFailedException($"Lucene could not run the query: {ex.Message}", ex);
        }
    }

    private static JsonObject Row(Lucene.Net.Documents.Document document)
    {
        var row = new JsonObject();
        foreach (var group in document.Fields.Where(f => f.GetStringValue() is not null).GroupBy(f => f.Name))
        {
            var values = group.Select(f => f.GetStringValue()).ToList();
            row[group.Key] = values.Count == 1 ? JsonValue.Create(values[0]) : new JsonArray([.. values.Select(v => JsonValue.Create(v))]);
        }

        return row;
    }

    private static string Render(string template, IReadOnlyDictionary<string, object?> parameters, bool forValidation) =>
        Placeholder().Replace(template, m =>
        {
            var name = m.Groups["name"].Value;
            if (forValidation)
            {
                // Unknown until run: a number is valid both inside a JSON string and where a number goes.
                return "0";
            }

            var value = parameters.TryGetValue(name, out var v) ? v : null;
            return value switch
            {
                null => "",
                bool b => b ? "true" : "false",
                long or int or double => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
                _ => JavaScriptEncoder.Default.Encode(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? ""),
            };
        });

    [GeneratedRegex(@"\{\{\s*(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
