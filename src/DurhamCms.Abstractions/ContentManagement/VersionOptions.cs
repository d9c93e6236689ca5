namespace DurhamCms.ContentManagement;

/// <summary>Which version of an item a call means, in Orchard's words.</summary>
public sealed class VersionOptions
{
    private VersionOptions(string name) => Name = name;

    public string Name { get; }

    /// <summary>The version residents see.</summary>
    public static VersionOptions Published { get; } = new(nameof(Published));

    /// <summary>The newest version, published or not.</summary>
    public static VersionOptions Latest { get; } = new(nameof(Latest));

    /// <summary>On create: store as a draft. On get: the latest version if it is a draft.</summary>
    public static VersionOptions Draft { get; } = new(nameof(Draft));

    /// <summary>On get: the latest version, and if that is published, a new draft copied from it.</summary>
    public static VersionOptions DraftRequired { get; } = new(nameof(DraftRequired));

    public override string ToString() => Name;
}
