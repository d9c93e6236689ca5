namespace DurhamCms.Contents.Admin.Editors;

/// <summary>The names of the form's own inputs, per the admin URL contract; every other input belongs to an editor.</summary>
public static class EditorFormNames
{
    public const string Command = "command";
    public const string Save = "save";
    public const string Publish = "publish";
    public const string Transition = "transition";
    public const string TransitionComment = "TransitionComment";
    public const string PublishAtUtc = "PublishAtUtc";
    public const string UnpublishAtUtc = "UnpublishAtUtc";
    public const string VersionId = "ContentItemVersionId";
    public const string VersionStamp = "VersionStamp";
}
