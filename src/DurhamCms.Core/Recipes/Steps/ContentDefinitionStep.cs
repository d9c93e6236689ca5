using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Metadata;

namespace DurhamCms.Recipes.Steps;

/// <summary>
/// Orchard's "ContentDefinition" step: creates or alters types and parts. Settings are merged
/// into what is stored, display names set, parts and fields added or changed, never removed.
/// </summary>
internal sealed class ContentDefinitionStep(ContentDefinitionManager definitions, IEnumerable<ContentFieldTypeRegistration> fieldTypes) : IRecipeStepHandler
{
    private readonly HashSet<string> _knownFieldTypes = DefinitionStepReader.KnownFieldTypes(fieldTypes);

    public IReadOnlyCollection<string> StepNames { get; } = ["ContentDefinition"];

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var types = DefinitionStepReader.ReadTypes(context);
        var parts = DefinitionStepReader.ReadParts(context);
        DefinitionStepReader.CheckFieldTypes(context, parts, _knownFieldTypes);

        // One read and one write of the definitions document for the whole step.
        var record = await definitions.LoadRecordAsync();
        foreach (var type in types)
        {
            var stored = record.ContentTypeDefinitionRecords.FirstOrDefault(t => DefinitionStepReader.Same(t.Name, type.Name));
            if (stored is null)
            {
                stored = new ContentTypeDefinitionRecord { Name = type.Name, DisplayName = type.Name };
                record.ContentTypeDefinitionRecords.Add(stored);
            }

            var builder = new ContentTypeDefinitionBuilder(stored);
            if (type.DisplayName is not null)
            {
                builder.DisplayedAs(type.DisplayName);
            }

            builder.MergeSettings(type.Settings);
            foreach (var part in type.ContentTypePartDefinitionRecords)
            {
                builder.WithPart(part.Name, p => p.MergeSettings(part.Settings), part.PartName);
            }
        }

        foreach (var part in parts)
        {
            var stored = record.ContentPartDefinitionRecords.FirstOrDefault(p => DefinitionStepReader.Same(p.Name, part.Name));
            if (stored is null)
            {
                stored = new ContentPartDefinitionRecord { Name = part.Name };
                record.ContentPartDefinitionRecords.Add(stored);
            }

            var builder = new ContentPartDefinitionBuilder(stored).MergeSettings(part.Settings);
            foreach (var field in part.ContentPartFieldDefinitionRecords)
            {
                builder.WithField(field.Name, f => f.OfType(field.FieldName).MergeSettings(field.Settings));
            }
        }

        DefinitionStepReader.AddMissingPartDefinitions(record);
        await definitions.SaveRecordAsync(record);
    }
}
