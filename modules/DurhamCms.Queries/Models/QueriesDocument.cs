using System.Text.Json.Nodes;

namespace DurhamCms.Queries.Models;

/// <summary>The "Queries" document: Orchard's queries as the recipe gave them (<c>Name</c>, <c>Source</c>, <c>Template</c>, …), by name.</summary>
public sealed class QueriesDocument
{
    public const string DocumentKey = "Queries";

    public List<JsonObject> Queries { get; set; } = [];
}
