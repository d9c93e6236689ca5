namespace DurhamCms.ContentManagement.Metadata;

// Settings classes; each is stored under its class name inside a definition's "Settings".

public sealed class ContentTypeSettings
{
    public bool Creatable { get; set; }
    public bool Listable { get; set; }
    public bool Draftable { get; set; }
    public bool Versionable { get; set; }
    public bool Securable { get; set; }
    public string? Stereotype { get; set; }
    public string? Description { get; set; }
}

public sealed class ContentTypePartSettings
{
    public string? DisplayName { get; set; }
    public string? Description { get; set; }
    public string? Position { get; set; }
    public string? DisplayMode { get; set; }
    public string? Editor { get; set; }
}

public sealed class ContentPartSettings
{
    public bool Attachable { get; set; }
    public bool Reusable { get; set; }
    public string? DisplayName { get; set; }
    public string? Description { get; set; }
    public string? DefaultPosition { get; set; }
}

public sealed class ContentPartFieldSettings
{
    public string? DisplayName { get; set; }
    public string? Description { get; set; }
    public string? Position { get; set; }
    public string? Editor { get; set; }
    public string? DisplayMode { get; set; }
}
