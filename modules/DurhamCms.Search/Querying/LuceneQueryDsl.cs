using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DurhamCms.Search.Querying;

/// <summary>
/// Orchard's Lucene query body (Elasticsearch-like): <c>query</c> with <c>match_all</c>,
/// <c>match</c>, <c>match_phrase</c>, <c>term</c>, <c>terms</c>, <c>prefix</c>, <c>wildcard</c>,
/// <c>fuzzy</c>, <c>range</c> and <c>bool</c> (<c>must</c>, <c>should</c>, <c>must_not</c>,
/// <c>filter</c>); <c>from</c>, <c>size</c> and <c>sort</c>. Anything else is refused naming its
/// path in the body ("query.bool.must[1]"), so a typo is never a query that silently finds nothing.
/// </summary>
public sealed class LuceneQueryDsl
{
    /// <summary>Orchard's default page when a query gives no size.</summary>
    public const int DefaultSize = 50;

    private readonly Analyzer _analyzer;

    private LuceneQueryDsl(Analyzer analyzer) => _analyzer = analyzer;

    public sealed record Parsed(Query Query, int From, int Size, Sort? Sort);

    /// <summary>Parses the body; throws <see cref="FormatException"/> with the path of what is wrong.</summary>
    public static Parsed Parse(string json, Analyzer analyzer)
    {
        JsonObject body;
        try
        {
            body = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }) as JsonObject
                ?? throw new FormatException("the query must be a JSON object such as { \"query\": { \"match_all\": {} } }.");
        }
        catch (JsonException ex)
        {
            throw new FormatException($"the query is not JSON (line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}).", ex);
        }

        var dsl = new LuceneQueryDsl(analyzer);
        foreach (var key in body.Select(p => p.Key).Where(k => k is not ("query" or "from" or "size" or "sort")))
        {
            throw new FormatException($"'{key}' is not part of a query body (query, from, size, sort).");
        }

        var query = body["query"] is { } q ? dsl.Clause(q, "query") : new MatchAllDocsQuery();
        return new Parsed(query, Count(body["from"], "from", 0), Count(body["size"], "size", DefaultSize), Sorting(body["sort"]));
    }

    private Query Clause(JsonNode node, string path)
    {
        if (node is not JsonObject clause || clause.Count != 1)
        {
            throw new FormatException($"{path} must be an object with exactly one query type, such as {{ \"term\": {{ … }} }}.");
        }

        var (type, value) = clause.Single();
        var at = $"{path}.{type}";
        return type switch
        {
            "match_all" => new MatchAllDocsQuery(),
            "bool" => Bool(Object(value, at), at),
            "match" => Match(Field(value, at, "query", out var text, out var options), text, options, at),
            "match_phrase" => Phrase(Field(value, at, "query", out var phrase, out _), phrase),
            "term" => new TermQuery(new Term(Field(value, at, "value", out var term, out _), term)),
            "terms" => Terms(Object(value, at), at),
            "prefix" => new PrefixQuery(new Term(Field(value, at, "value", out var prefix, out _), prefix)),
            "wildcard" => new WildcardQuery(new Term(Field(value, at, "value", out var pattern, out _), pattern)),
            "fuzzy" => Fuzzy(Field(value, at, "value", out var fuzzy, out var fuzzyOptions), fuzzy, fuzzyOptions, at),
            "range" => Range(Object(value, at), at),
            _ => throw new FormatException($"{path}: '{type}' is not a query type this site runs (match_all, match, match_phrase, term, terms, prefix, wildcard, fuzzy, range, bool)."),
        };
    }

    private BooleanQuery Bool(JsonObject value, string path)
    {
        var query = new BooleanQuery();
        foreach (var (key, clauses) in value)
        {
            if (key == "minimum_should_match")
            {
                query.MinimumNumberShouldMatch = Count(clauses, $"{path}.{key}", 0);
                continue;
            }

            if (key == "boost")
            {
                continue;
            }

            var occur = key switch
            {
                "must" or "filter" => Occur.MUST,
                "should" => Occur.SHOULD,
                "must_not" => Occur.MUST_NOT,
                _ => throw new FormatException($"{path}: '{key}' is not a bool clause (must, filter, should, must_not, minimum_should_match)."),
            };
            var list = clauses is JsonArray array ? array.ToList() : [clauses];
            for (var i = 0; i < list.Count; i++)
            {
                var inner = Clause(list[i] ?? throw new FormatException($"{path}.{key}[{i}] is null."), clauses is JsonArray ? $"{path}.{key}[{i}]" : $"{path}.{key}");
                query.Add(inner, occur);
            }
        }

        // A bool of only must_not finds nothing in Lucene; Elasticsearch means "everything but".
        if (query.Clauses.Count > 0 && query.Clauses.All(c => c.Occur == Occur.MUST_NOT))
        {
            query.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        return query;
    }

    private Query Match(string field, string text, JsonObject? options, string path)
    {
        var and = options?["operator"] is JsonValue op && op.TryGetValue<string>(out var o)
            ? o.ToLowerInvariant() switch
            {
                "and" => true,
                "or" => false,
                _ => throw new FormatException($"{path}.operator must be \"and\" or \"or\"."),
            }
            : false;
        var terms = Tokens(field, text);
        if (terms.Count == 1)
        {
            return new TermQuery(new Term(field, terms[0]));
        }

        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            query.Add(new TermQuery(new Term(field, term)), and ? Occur.MUST : Occur.SHOULD);
        }

        return query;
    }

    private PhraseQuery Phrase(string field, string text)
    {
        var query = new PhraseQuery();
        foreach (var term in Tokens(field, text))
        {
            query.Add(new Term(field, term));
        }

        return query;
    }

    private static BooleanQuery Terms(JsonObject value, string path)
    {
        var fields = value.Where(p => p.Key != "boost").ToList();
        if (fields.Count != 1 || fields[0].Value is not JsonArray values)
        {
            throw new FormatException($"{path} must name one field with an array of values, such as {{ \"Content.ContentItem.ContentType\": [\"A\", \"B\"] }}.");
        }

        var query = new BooleanQuery();
        foreach (var v in values)
        {
            query.Add(new TermQuery(new Term(fields[0].Key, Scalar(v, $"{path}.{fields[0].Key}"))), Occur.SHOULD);
        }

        return query;
    }

    private static FuzzyQuery Fuzzy(string field, string text, JsonObject? options, string path)
    {
        var edits = options?["fuzziness"] is { } f ? Count(f, $"{path}.fuzziness", 2) : 2;
        return new FuzzyQuery(new Term(field, text), Math.Min(edits, 2));
    }

    private static TermRangeQuery Range(JsonObject value, string path)
    {
        if (value.Count != 1 || value.Single() is not (var field, JsonObject bounds))
        {
            throw new FormatException($"{path} must name one field with its bounds, such as {{ \"Content.ContentItem.ModifiedUtc\": {{ \"gte\": \"2024-01-01\" }} }}.");
        }

        string? lower = null, upper = null;
        bool includeLower = false, includeUpper = false;
        foreach (var (key, bound) in bounds)
        {
            var text = Scalar(bound, $"{path}.{field}.{key}");
            switch (key)
            {
                case "gt": lower = text; includeLower = false; break;
                case "gte" or "from": lower = text; includeLower = true; break;
                case "lt": upper = text; includeUpper = false; break;
                case "lte" or "to": upper = text; includeUpper = true; break;
                case "boost": break;
                default: throw new FormatException($"{path}.{field}: '{key}' is not a bound (gt, gte, lt, lte).");
            }
        }

        return TermRangeQuery.NewStringRange(field, lower, upper, includeLower, includeUpper);
    }

    /// <summary>The field and its text from <c>{ "field": "text" }</c> or <c>{ "field": { "query"/"value": "text", … } }</c>.</summary>
    private static string Field(JsonNode? value, string path, string textProperty, out string text, out JsonObject? options)
    {
        var fields = Object(value, path).Where(p => p.Key != "boost").ToList();
        if (fields.Count != 1)
        {
            throw new FormatException($"{path} must name exactly one field.");
        }

        var (field, node) = fields[0];
        options = node as JsonObject;
        text = options is not null
            ? Scalar(options[textProperty] ?? throw new FormatException($"{path}.{field} has no \"{textProperty}\"."), $"{path}.{field}.{textProperty}")
            : Scalar(node, $"{path}.{field}");
        return field;
    }

    private List<string> Tokens(string field, string text)
    {
        var tokens = new List<string>();
        using var stream = _analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(term.ToString());
        }

        stream.End();
        return tokens;
    }

    private static JsonObject Object(JsonNode? value, string path) =>
        value as JsonObject ?? throw new FormatException($"{path} must be an object.");

    private static string Scalar(JsonNode? value, string path) => value switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.GetValueKind() is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => v.ToJsonString(),
        _ => throw new FormatException($"{path} must be text, a number or true/false."),
    };

    private static int Count(JsonNode? value, string path, int fallback) => value switch
    {
        null => fallback,
        JsonValue v when v.TryGetValue<int>(out var n) && n >= 0 => n,
        JsonValue v when v.TryGetValue<string>(out var s) && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
        _ => throw new FormatException($"{path} must be a whole number, zero or more."),
    };

    private static Sort? Sorting(JsonNode? sort)
    {
        if (sort is null)
        {
            return null;
        }

        var entries = sort is JsonArray array ? array.ToList() : [sort];
        var fields = new List<SortField>();
        for (var i = 0; i < entries.Count; i++)
        {
            var path = sort is JsonArray ? $"sort[{i}]" : "sort";
            switch (entries[i])
            {
                case JsonValue v when v.TryGetValue<string>(out var name):
                    fields.Add(SortOn(name, descending: false));
                    break;
                case JsonObject o:
                    foreach (var (name, order) in o)
                    {
                        var direction = order is JsonObject options ? options["order"] : order;
                        var text = direction is JsonValue d && d.TryGetValue<string>(out var s) ? s.ToLowerInvariant() : "asc";
                        if (text is not ("asc" or "desc"))
                        {
                            throw new FormatException($"{path}.{name}: the order must be \"asc\" or \"desc\".");
                        }

                        fields.Add(SortOn(name, text == "desc"));
                    }

                    break;
                default:
                    throw new FormatException($"{path} must be a field name or {{ \"field\": {{ \"order\": \"desc\" }} }}.");
            }
        }

        return fields.Count == 0 ? null : new Sort([.. fields]);
    }

    // Sort.* fields hold numbers (doc values); every other field is sorted as its indexed text. Lucene
    // orders scores best first unless reversed, so "_score": "desc" is the unreversed order.
    private static SortField SortOn(string field, bool descending) => field == "_score"
        ? new SortField(null, SortFieldType.SCORE, !descending)
        : new SortField(field, field.StartsWith("Sort.", StringComparison.Ordinal) ? SortFieldType.INT64 : SortFieldType.STRING, descending);
}
