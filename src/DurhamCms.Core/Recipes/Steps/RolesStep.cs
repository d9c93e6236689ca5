using System.Text.Json.Nodes;
using DurhamCms.Documents;
using DurhamCms.Users;
using Microsoft.AspNetCore.Identity;

namespace DurhamCms.Recipes.Steps;

/// <summary>
/// Orchard's "Roles" step: <c>Roles: [{ Name, Description, Permissions: [...] }]</c>, merged by
/// name into the Roles document, and an Identity role made for each so users can hold it.
/// Permissions replace the stored ones unless <c>PermissionBehavior</c> says "Add" or "Remove" (Orchard 2).
/// </summary>
internal sealed class RolesStep(IDocumentStore documents, RoleManager<CmsRole> roleManager) : IRecipeStepHandler
{
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

            entry.NormalizedRoleName = roleManager.NormalizeKey(name) ?? name.ToUpperInvariant();
            entry.RoleDescription = description ?? entry.RoleDescription;
            MergePermissions(context, entry, json);
            await EnsureIdentityRoleAsync(context, name, entry.RoleDescription);
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

    private async Task EnsureIdentityRoleAsync(RecipeStepContext context, string name, string? description)
    {
        var role = await roleManager.FindByNameAsync(name);
        IdentityResult outcome;
        if (role is null)
        {
            outcome = await roleManager.CreateAsync(new CmsRole(name) { Description = description });
        }
        else if (role.Description != description)
        {
            role.Description = description;
            outcome = await roleManager.UpdateAsync(role);
        }
        else
        {
            return;
        }

        if (!outcome.Succeeded)
        {
            throw context.Error($"role '{name}' could not be saved: {string.Join("; ", outcome.Errors.Select(e => e.Description))}");
        }
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;
}
