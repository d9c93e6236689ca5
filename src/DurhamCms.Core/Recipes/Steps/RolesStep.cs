using System.Text.Json.Nodes;
using DurhamCms.Documents;
using DurhamCms.Users;

namespace DurhamCms.Recipes.Steps;

/// <summary>
/// Orchard's "Roles" step: <c>Roles: [{ Name, Description, Permissions: [...] }]</c>, merged by
/// name into the Roles document, and registered with the site's <see cref="IRoleRegistry"/> (the
/// Users module's) so users can hold it.
/// Permissions replace the stored ones unless <c>PermissionBehavior</c> says "Add" or "Remove" (Orchard 2).
/// </summary>
internal sealed class RolesStep(IDocumentStore documents, IEnumerable<IRoleRegistry> registries) : IRecipeStepHandler
{
    private readonly IRoleRegistry? _registry = registries.LastOrDefault();

    public IReadOnlyCollection<string> StepNames { get; } = ["Roles"];

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var roles = context.Step["Roles"] switch
        {
            null => [],
            JsonArray array => array,
            _ => throw context.Error("Roles must be an array."),
        };

        var document = await documents.GetAsync<RolesDocument>(RolesDocument.DocumentKey);
        for (var i = 0; i < roles.Count; i++)
        {
            if (roles[i] is not JsonObject json || Text(json["Name"]) is not { } name)
            {
                throw context.Error($"role {i + 1} has no Name.");
            }

            var description = Text(json["Description"]);
            var entry = document.Roles.FirstOrDefault(r => string.Equals(r.RoleName, name, StringComparison.OrdinalIgnoreCase));
            if (entry is null)
            {
                entry = new RoleEntry { RoleName = name };
                document.Roles.Add(entry);
            }

            entry.NormalizedRoleName = _registry?.NormalizeName(name) ?? name.ToUpperInvariant();
            entry.RoleDescription = description ?? entry.RoleDescription;
            MergePermissions(context, entry, json);
            await RegisterAsync(context, name, entry.RoleDescription);
        }

        await documents.SaveAsync(RolesDocument.DocumentKey, document);
    }

    private static void MergePermissions(RecipeStepContext context, RoleEntry entry, JsonObject json)
    {
        var permissions = json["Permissions"] is JsonArray array
            ? array.Select(Text).OfType<string>().ToList()
            : [];
        var behavior = Text(json["PermissionBehavior"]) ?? "Replace";
        var others = entry.RoleClaims.Where(c => c.ClaimType != RolesDocument.PermissionClaimType).ToList();
        var current = entry.RoleClaims.Where(c => c.ClaimType == RolesDocument.PermissionClaimType).Select(c => c.ClaimValue).ToList();
        var merged = behavior.ToUpperInvariant() switch
        {
            "REPLACE" => permissions,
            "ADD" => current.Union(permissions, StringComparer.Ordinal).ToList(),
            "REMOVE" => current.Except(permissions, StringComparer.Ordinal).ToList(),
            _ => throw context.Error($"role '{entry.RoleName}': PermissionBehavior is Replace, Add or Remove, not '{behavior}'."),
        };
        entry.RoleClaims = others.Concat(merged.Distinct(StringComparer.Ordinal).Select(p => new RoleClaimEntry { ClaimValue = p })).ToList();
    }

    private async Task RegisterAsync(RecipeStepContext context, string name, string? description)
    {
        if (_registry is not null && await _registry.SaveAsync(name, description) is { Count: > 0 } errors)
        {
            throw context.Error($"role '{name}' could not be saved: {string.Join("; ", errors)}");
        }
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;
}
