namespace DurhamCms.Contents.Admin.Editors;

/// <summary>The names of the form's own inputs, per the admin URL contract; every other input belongs to an editor or a panel.</summary>
public static class EditorFormNames
{
    public const string Command = "command";
    public const string Save = "save";
    public const string Publish = "publish";

    /// <summary>The publish time, whichever module offers it (publish-later, or a workflow's approval); also the input's id.</summary>
    public const string PublishAtUtc = "PublishAtUtc";

    public const string VersionId = "ContentItemVersionId";
    public const string VersionStamp = "VersionStamp";
}
