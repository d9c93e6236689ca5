using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Metadata;

namespace DurhamCms.Recipes.Steps;

/// <summary>
/// Orchard's "ReplaceContentDefinition" step: each listed type and part becomes exactly what the
/// step says. Settings are replaced, and a type's parts or a part's fields not listed are removed.
/// As in Orchard, each listed part is first taken out of every type (Orchard deletes the part
/// definition, which removes it from the types using it), so a type the step does not list
/// loses it too; otherwise types and parts the step does not name are left alone.
/// </summary>
internal sealed class ReplaceContentDefinitionStep(ContentDefinitionManager definitions, IEnumerable<ContentFieldTypeRegistration> fieldTypes) : IRecipeStepHandler
{
    private readonly HashSet<string> _knownFieldTypes = DefinitionStepReader.KnownFieldTypes(fieldTypes);

    public IReadOnlyCollection<string> StepNames { get; } = ["ReplaceContentDefinition"];

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var types = DefinitionStepReader.ReadTypes(context);
        var parts = DefinitionStepReader.ReadParts(context);
        DefinitionStepReader.CheckFieldTypes(context, parts, _knownFieldTypes);

        var record = await definitions.LoadRecordAsync();
        foreach (var part in parts)
        {
            foreach (var stored in record.ContentTypeDefinitionRecords)
            {
                stored.ContentTypePartDefinitionRecords.RemoveAll(p => DefinitionStepReader.Same(p.PartName, part.Name));
            }
        }

        foreach (var type in types)
        {
            var index = record.ContentTypeDefinitionRecords.FindIndex(t => DefinitionStepReader.Same(t.Name, type.Name));
            type.DisplayName ??= index >= 0 ? record.ContentTypeDefinitionRecords[index].DisplayName : type.Name;
            if (index >= 0)
            {
                record.ContentTypeDefinitionRecords[index] = type;
            }
            else
            {
                record.ContentTypeDefinitionRecords.Add(type);
            }
        }

        foreach (var part in parts)
        {
            var index = record.ContentPartDefinitionRecords.FindIndex(p => DefinitionStepReader.Same(p.Name, part.Name));
            if (index >= 0)
            {
                record.ContentPartDefinitionRecords[index] = part;
            }
            else
            {
                record.ContentPartDefinitionRecords.Add(part);
            }
        }

        DefinitionStepReader.AddMissingPartDefinitions(record);
        await definitions.SaveRecordAsync(record);
    }
}
