using System.Text.Json.Nodes;
using DurhamCms.Documents;
using DurhamCms.Queries.Models;
using DurhamCms.Queries.Services;
using DurhamCms.Recipes;

namespace DurhamCms.Queries.Recipes;

/// <summary>
/// Orchard's "Queries" step: <c>Queries</c> lists queries (<c>Source</c>, <c>Name</c>,
/// <c>Template</c>, …); one whose name is stored replaces it. A SQL query that does not only read,
/// or a public one naming private tables, is refused; so is a Lucene query the Search module
/// cannot parse. Without that module a Lucene query is stored with a warning; another source is
/// unsupported (refused, or skipped with a warning). Orchard's own SQL names YesSql's tables, which this site does not have: a warning says so.
/// </summary>
internal sealed class QueriesStep(IDocumentStore documents, StoredQueryRunner runner) : IRecipeStepHandler
{
    private static readonly string[] YesSqlTables = ["ContentItemIndex", "Document", "AutoroutePartIndex", "ContainedPartIndex"];

    public IReadOnlyCollection<string> StepNames { get; } = ["Queries"];

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        if (context.Step["Queries"] is not JsonArray queries)
        {
            throw context.Error("\"Queries\" must be an array of queries.");
        }

        var document = await documents.GetAsync<QueriesDocument>(QueriesDocument.DocumentKey);
        for (var i = 0; i < queries.Count; i++)
        {
            if (queries[i] is not JsonObject json || StoredQuery.From(json) is not { } query)
            {
                throw context.Error($"query {i + 1} has no \"Name\".");
            }

            if (!Accept(context, query))
            {
                continue;
            }

            document.Queries.RemoveAll(q => string.Equals(StoredQuery.From(q)?.Name, query.Name, StringComparison.OrdinalIgnoreCase));
            document.Queries.Add((JsonObject)json.DeepClone());
        }

        await documents.SaveAsync(QueriesDocument.DocumentKey, document);
    }

    private bool Accept(RecipeStepContext context, StoredQuery query)
    {
        if (runner.SourceFor(query.Source) is { } source)
        {
            return source.Validate(query.Template) is { } invalid ? throw context.Error($"query '{query.Name}' may not be stored: {invalid}") : true;
        }

        if (string.Equals(query.Source, StoredQuery.Lucene, StringComparison.OrdinalIgnoreCase))
        {
            context.Warn($"query '{query.Name}' is a Lucene query: stored, but the Search module (DurhamCms.Search) that runs them is off (/api/queries answers 501 until it is on).");
            return true;
        }

        if (!string.Equals(query.Source, StoredQuery.Sql, StringComparison.OrdinalIgnoreCase))
        {
            var message = $"query '{query.Name}' has the source '{query.Source}'; this site stores Sql and Lucene queries.";
            if (!context.Options.SkipUnsupportedSteps)
            {
                throw context.Error(message);
            }

            context.Warn(message + " It was left out.");
            return false;
        }

        var text = SqlQueryText.Parse(query.Template);
        if (text.Problem is not null)
        {
            throw context.Error($"query '{query.Name}' may not be stored: {text.Problem}");
        }

        if (query.Public && SqlQueryText.PublicProblem(query.Template) is { } problem)
        {
            throw context.Error($"query '{query.Name}' may not be stored: {problem}");
        }

        var yesSql = YesSqlTables.Where(t => System.Text.RegularExpressions.Regex.IsMatch(query.Template, $@"\b{t}\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)).ToList();
        if (yesSql.Count > 0)
        {
            context.Warn($"query '{query.Name}' names Orchard's YesSql tables ({string.Join(", ", yesSql)}), which this site does not have; it will fail until rewritten for ContentItems.");
        }

        return true;
    }
}
