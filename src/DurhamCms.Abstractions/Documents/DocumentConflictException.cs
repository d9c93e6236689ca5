namespace DurhamCms.Documents;

/// <summary>
/// A document (settings, content definitions, roles) was saved by someone else since it was read:
/// saving would silently overwrite their change. Nothing was saved; read it again and redo the change.
/// </summary>
public sealed class DocumentConflictException : Exception
{
    public DocumentConflictException(string key, Exception? inner)
        : base($"The document '{key}' was changed by someone else (perhaps on another node) since it was read; nothing was saved. Reload and make the change again.", inner)
    {
        Key = key;
    }

    public string Key { get; } = "";
}
