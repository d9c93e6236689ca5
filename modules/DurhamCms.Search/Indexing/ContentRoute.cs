using System.Text.Json;
using System.Text.Json.Nodes;
using DurhamCms.Search.Contributors;

namespace DurhamCms.Search.Indexing;

/// <summary>
/// A hit links to the item's own route: the path of its AutoroutePart, read from the item's
/// Orchard JSON as the route index reads it (trimmed of slashes, none when disabled), so Search
/// needs neither the Parts module nor a query per item. Its culture likewise, from Orchard's LocalizationPart.
/// </summary>
internal sealed class ContentRoute : ISearchDocumentContributor
{
    public Task ContributeAsync(SearchDocumentBatch batch, CancellationToken ct)
    {
        foreach (var document in batch.Documents)
        {
            if (document.Item.Content["AutoroutePart"] is JsonObject route
                && !(route["Disabled"] is JsonValue disabled && disabled.GetValueKind() == JsonValueKind.True)
                && route["Path"] is JsonValue path && path.GetValueKind() == JsonValueKind.String
                && path.GetValue<string>().Trim().Trim('/') is { Length: > 0 } normalized)
            {
                document.Url = "/" + normalized;
            }

            if (document.Item.Content["LocalizationPart"] is JsonObject localization
                && localization["Culture"] is JsonValue culture && culture.GetValueKind() == JsonValueKind.String)
            {
                document.Culture = culture.GetValue<string>();
            }
        }

        return Task.CompletedTask;
    }
}
