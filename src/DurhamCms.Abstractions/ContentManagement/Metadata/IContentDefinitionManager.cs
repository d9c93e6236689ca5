namespace DurhamCms.ContentManagement.Metadata;

/// <summary>Content types and parts: stored in the database as one Orchard-shaped document, cached between changes.</summary>
public interface IContentDefinitionManager
{
    Task<IReadOnlyList<ContentTypeDefinition>> ListTypeDefinitionsAsync();
    Task<ContentTypeDefinition?> GetTypeDefinitionAsync(string name);
    Task<IReadOnlyList<ContentPartDefinition>> ListPartDefinitionsAsync();
    Task<ContentPartDefinition?> GetPartDefinitionAsync(string name);

    /// <summary>Creates or changes a type; settings given are merged into what is stored.</summary>
    Task AlterTypeDefinitionAsync(string name, Action<ContentTypeDefinitionBuilder> alter);

    Task AlterPartDefinitionAsync(string name, Action<ContentPartDefinitionBuilder> alter);

    Task DeleteTypeDefinitionAsync(string name);
    Task DeletePartDefinitionAsync(string name);

    /// <summary>The stored document, as a copy (for export and for recipe steps that replace definitions).</summary>
    Task<ContentDefinitionRecord> LoadRecordAsync();

    /// <summary>Drops the cached definitions, e.g. after a transaction that changed them was rolled back.</summary>
    void Invalidate();
}
