using System.Text.Json;
using System.Text.Json.Nodes;
using DurhamCms.Recipes;
using DurhamCms.Templates.Models;
using DurhamCms.Templates.Services;

namespace DurhamCms.Templates.Recipes;

/// <summary>
/// Orchard's "Templates" and "AdminTemplates" steps: an object of templates by shape name, each
/// <c>{ "Content": "…liquid…", "Description": "…" }</c>, merged into the stored document. Kept
/// whatever they say, so they export again; a warning names each one this site will not render
/// (shapes <see cref="TemplateShapes"/> does not replace, Liquid this site's Fluid does not parse).
/// </summary>
internal sealed class TemplatesStep(TemplateChanges changes, LiquidTemplateCache cache) : IRecipeStepHandler
{
    public IReadOnlyCollection<string> StepNames { get; } = [TemplatesDocument.SiteKey, TemplatesDocument.AdminKey];

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var admin = string.Equals(context.Name, TemplatesDocument.AdminKey, StringComparison.OrdinalIgnoreCase);
        var property = admin ? TemplatesDocument.AdminKey : TemplatesDocument.SiteKey;
        if (context.Step[property] is not JsonObject templates)
        {
            throw context.Error($"\"{property}\" must be an object of templates by shape name.");
        }

        var document = await changes.GetAsync(admin);
        foreach (var (shape, node) in templates)
        {
            if (node is not JsonObject template || template["Content"] is not JsonValue content || content.GetValueKind() != JsonValueKind.String)
            {
                throw context.Error($"template '{shape}' must be an object with its Liquid in \"Content\".");
            }

            var entry = new TemplateEntry
            {
                Content = content.GetValue<string>(),
                Description = template["Description"] is JsonValue d && d.TryGetValue<string>(out var description) ? description : null,
            };
            document.Templates[shape] = entry;
            Warn(context, admin, shape, entry);
        }

        await changes.SaveAsync(admin, document);
    }

    private void Warn(RecipeStepContext context, bool admin, string shape, TemplateEntry entry)
    {
        if (!TemplateShapes.IsRendered(shape, admin))
        {
            context.Warn(admin
                ? $"admin template '{shape}' is stored, but this site replaces only a type's row in the admin content list (Content_SummaryAdmin__{{Type}})."
                : $"template '{shape}' is stored, but this site replaces only a content type's detail view and summary (Content__{{Type}}, Content_Detail__{{Type}}, Content_Summary__{{Type}}).");
        }
        else if (cache.ParseError(entry.Content) is { } error)
        {
            context.Warn($"{(admin ? "admin " : "")}template '{shape}' is stored, but it is not Liquid this site can render ({error}); the normal view is shown.");
        }
    }
}
