using System.Text.Json.Nodes;
using DurhamCms.Admin;
using DurhamCms.Queries.Endpoints;
using DurhamCms.Queries.Models;
using DurhamCms.Queries.Services;
using DurhamCms.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace DurhamCms.Queries.Controllers;

/// <summary>
/// /admin/queries: the stored queries, each runnable with parameters and editable; a query that
/// would not be stored by the Queries step (one that writes, a public one reaching private
/// tables, a Lucene body the DSL cannot read) is refused with the same message. Every action
/// checks ManageQueries first.
/// </summary>
[Admin]
public sealed class QueriesAdminController(IAuthorizationService authorization, QueryStore store, StoredQueryRunner runner) : Controller
{
    [HttpGet("/admin/queries")]
    public async Task<IActionResult> Index(string? done)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ManageQueries))
        {
            return Forbid();
        }

        return View(new QueriesIndexModel(await store.ListAsync(), done));
    }

    // Running is a GET: a stored query only reads (checked when stored and again here).
    [HttpGet("/admin/queries/run")]
    public async Task<IActionResult> Run(string name, string? parameters)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ManageQueries))
        {
            return Forbid();
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            return Redirect("/admin/queries");
        }

        if (await store.FindAsync(name) is not { } query)
        {
            return NotFound();
        }

        var model = new QueryRunModel(query, parameters ?? "");
        if (!QueriesApi.TryReadParameters(parameters, out var values, out var problem))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(model with { Problem = problem });
        }

        if (parameters is null)
        {
            return View(model);
        }

        try
        {
            var rows = await runner.RunAsync(query, values, HttpContext.RequestAborted);
            return View(model with { Rows = rows });
        }
        catch (Exception ex) when (ex is QueryFailedException or QueryNotRunnableException)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(model with { Problem = ex.Message });
        }
    }

    [HttpGet("/admin/queries/edit")]
    public async Task<IActionResult> Edit(string? name)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ManageQueries))
        {
            return Forbid();
        }

        if (string.IsNullOrEmpty(name))
        {
            return View(new QueryEditModel { Source = StoredQuery.Sql });
        }

        return await store.FindAsync(name) is { } query ? View(QueryEditModel.From(query)) : NotFound();
    }

    [HttpPost("/admin/queries/edit")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit([FromForm] QueryEditModel form)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ManageQueries))
        {
            return Forbid();
        }

        var query = form.ToQuery();
        var problem = string.IsNullOrWhiteSpace(query.Name) ? "A query needs a name."
            : query.Name.Length > 100 || query.Name.Any(c => !char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.')) ? "A query's name is letters, digits, '-', '_' or '.' (at most 100)."
            : string.IsNullOrWhiteSpace(query.Template) ? "A query needs its template."
            : !string.Equals(form.OriginalName, query.Name, StringComparison.OrdinalIgnoreCase) && await store.FindAsync(query.Name) is not null ? $"There is already a query named '{query.Name}'."
            : runner.Problem(query);
        if (problem is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(form with { Problem = $"The query '{query.Name}' was not saved: {problem}" });
        }

        await store.SaveAsync(query, string.IsNullOrEmpty(form.OriginalName) ? null : form.OriginalName);
        return Redirect($"/admin/queries?done={Uri.EscapeDataString(query.Name)}");
    }

    [HttpPost("/admin/queries/delete")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Delete(string name)
    {
        if (!await authorization.AuthorizeAsync(User, Permissions.ManageQueries))
        {
            return Forbid();
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            return BadRequest("Which query? The form names none.");
        }

        return await store.DeleteAsync(name) ? Redirect("/admin/queries") : NotFound();
    }
}

public sealed record QueriesIndexModel(IReadOnlyList<StoredQuery> Queries, string? Saved);

public sealed record QueryRunModel(StoredQuery Query, string Parameters)
{
    public QueryRows? Rows { get; init; }

    public string? Problem { get; init; }

    /// <summary>Every column any row has, in the order first seen.</summary>
    public IReadOnlyList<string> Columns => Rows?.Rows.SelectMany(r => r.Select(p => p.Key)).Distinct(StringComparer.Ordinal).ToList() ?? [];

    public static string Cell(JsonNode? value) => value switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => value.ToJsonString(),
    };
}

public sealed record QueryEditModel
{
    public string? OriginalName { get; init; }
    public string Name { get; init; } = "";
    public string Source { get; init; } = StoredQuery.Sql;
    public string? Index { get; init; }
    public string Template { get; init; } = "";
    public bool ReturnContentItems { get; init; }
    public bool Public { get; init; }
    public string? Problem { get; init; }

    public static QueryEditModel From(StoredQuery query) => new()
    {
        OriginalName = query.Name, Name = query.Name, Source = query.Source, Index = query.Index, Template = query.Template,
        ReturnContentItems = query.ReturnContentItems, Public = query.Public,
    };

    public StoredQuery ToQuery() => new((Name ?? "").Trim(), Source ?? StoredQuery.Sql, Template ?? "", ReturnContentItems, Public,
        string.IsNullOrWhiteSpace(Index) ? null : Index.Trim());
}

/// <summary>The admin's link to the queries page.</summary>
internal sealed class QueriesAdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() => [new("Queries", "/admin/queries", Permissions.ManageQueries, 85)];
}
