namespace DurhamCms.ContentManagement;

/// <summary>A rule broken by an item: where (part.field, or a row of a series) and what, in the editor's words.</summary>
public sealed record ContentValidationError(string Member, string Message)
{
    public override string ToString() => string.IsNullOrEmpty(Member) ? Message : $"{Member}: {Message}";
}

public sealed class ContentValidationResult
{
    private readonly List<ContentValidationError> _errors = [];

    public static ContentValidationResult Success => new();

    public bool Succeeded => _errors.Count == 0;

    public IReadOnlyList<ContentValidationError> Errors => _errors;

    public void Fail(string member, string message) => _errors.Add(new ContentValidationError(member, message));

    public void Fail(IEnumerable<ContentValidationError> errors) => _errors.AddRange(errors);

    public override string ToString() => Succeeded ? "valid" : string.Join("; ", _errors);
}

/// <summary>A save over a version that changed since it was read. Nothing was written.</summary>
public sealed class ContentConflictException(string contentItemId, string contentItemVersionId)
    : Exception($"Content item {contentItemId} (version {contentItemVersionId}) was changed by someone else since it was read; nothing was saved. Reload it and apply your changes again.")
{
    public string ContentItemId { get; } = contentItemId;
    public string ContentItemVersionId { get; } = contentItemVersionId;
}
