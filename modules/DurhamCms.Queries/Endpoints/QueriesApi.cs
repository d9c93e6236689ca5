using System.Text.Json;
using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;
using DurhamCms.Queries.Models;
using DurhamCms.Queries.Services;
using DurhamCms.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace DurhamCms.Queries.Endpoints;

/// <summary>
/// <c>GET /api/queries/{name}?parameters={"limit":5}</c>: a stored query's rows as JSON, or, when it
/// returns content items, their published versions (a draft is never answered, whoever asks).
/// Anyone may run a query marked Public; any other needs ExecuteApiAll. Only GET: it changes nothing.
/// A Lucene query's rows are its documents' stored values; <c>X-Query-Total</c> says how many matched.
/// </summary>
public static class QueriesApi
{
    public static IEndpointRouteBuilder MapQueriesApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/queries/{name}", RunAsync);
        return endpoints;
    }

    private static async Task<IResult> RunAsync(string name, HttpContext http, QueryStore store, StoredQueryRunner runner,
        IAuthorizationService authorization, IContentManager contents)
    {
        http.Response.Headers.CacheControl = "no-store";
        var query = await store.FindAsync(name);
        if (query is null)
        {
            return TypedResults.Problem($"There is no query named '{name}'.", statusCode: StatusCodes.Status404NotFound);
        }

        if (!query.Public && !await authorization.AuthorizeAsync(http.User, Permissions.ExecuteApiAll))
        {
            return TypedResults.Problem($"The query '{query.Name}' is not public; running it needs the ExecuteApiAll permission.",
                statusCode: http.User.Identity?.IsAuthenticated == true ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized);
        }

        if (!TryReadParameters(http.Request.Query["parameters"], out var parameters, out var problem))
        {
            return TypedResults.Problem(problem, statusCode: StatusCodes.Status400BadRequest);
        }

        QueryRows result;
        try
        {
            result = await runner.RunAsync(query, parameters, http.RequestAborted);
        }
        catch (QueryNotRunnableException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: ex.StatusCode);
        }
        catch (QueryFailedException ex)
        {
            return TypedResults.Problem($"The query '{query.Name}' failed. {ex.Message}", statusCode: StatusCodes.Status400BadRequest);
        }

        if (result.Truncated)
        {
            http.Response.Headers["X-Query-Truncated"] = "true";
        }

        if (result.Total is { } total)
        {
            http.Response.Headers["X-Query-Total"] = total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (!query.ReturnContentItems)
        {
            return TypedResults.Json(result.Rows);
        }

        var ids = result.Rows.Select(r => r.FirstOrDefault(p => string.Equals(p.Key, "ContentItemId", StringComparison.OrdinalIgnoreCase)).Value)
            .Select(v => v is JsonValue value && value.TryGetValue<string>(out var id) ? id : null).OfType<string>().Distinct().ToList();
        var items = (await contents.GetManyAsync(ids, VersionOptions.Published)).ToDictionary(i => i.ContentItemId);
        return TypedResults.Json(ids.Where(items.ContainsKey).Select(id => items[id].ToJson()).ToList());
    }

    internal static bool TryReadParameters(string? json, out Dictionary<string, object?> parameters, out string? problem)
    {
        parameters = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        problem = null;
        if (string.IsNullOrWhiteSpace(json))
        {
            return true;
        }

        JsonObject? values;
        try
        {
            values = JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException)
        {
            values = null;
        }

        if (values is null)
        {
            problem = "\"parameters\" must be a JSON object, e.g. {\"limit\": 5}.";
            return false;
        }

        foreach (var (key, node) in values)
        {
            object? value = node switch
            {
                null => null,
                JsonValue v when v.TryGetValue<long>(out var n) => n,
                JsonValue v when v.TryGetValue<double>(out var d) => d,
                JsonValue v when v.TryGetValue<bool>(out var b) => b,
                JsonValue v when v.TryGetValue<string>(out var s) => s,
                _ => problem = $"the parameter '{key}' must be a number, text, true/false or null.",
            };
            if (problem is not null)
            {
                return false;
            }

            parameters[key] = value;
        }

        return true;
    }
}
