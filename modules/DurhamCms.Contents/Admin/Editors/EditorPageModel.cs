using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;
using DurhamCms.Workflows;

namespace DurhamCms.Contents.Admin.Editors;

/// <summary>Everything the create/edit page shows: the editors, the messages, and the buttons this user may press.</summary>
public sealed class EditorPageModel
{
    public required ContentItem Item { get; init; }
    public required ContentTypeDefinition Type { get; init; }
    public bool IsNew { get; init; }
    public required string FormAction { get; init; }
    public IReadOnlyList<EditorSection> Sections { get; init; } = [];
    public IReadOnlyList<EditorSummaryLine> Summary { get; init; } = [];

    /// <summary>Set when the save was refused because someone else saved first.</summary>
    public string? Conflict { get; init; }

    /// <summary>A message that belongs to no field (a refused transition).</summary>
    public string? Error { get; init; }

    /// <summary>The version the form was read from; a save against any other is a conflict.</summary>
    public required string VersionId { get; init; }
    public long VersionStamp { get; init; }

    /// <summary>A version residents can see exists (this one or an older one while this is its draft).</summary>
    public bool HasPublishedVersion { get; init; }

    public bool CanPublish { get; init; }
    public bool CanUnpublish { get; init; }
    public bool CanDelete { get; init; }

    public EditorialStatus? Status { get; init; }
    public IReadOnlyList<EditorialTransition> Transitions { get; init; } = [];
    public string? TransitionComment { get; init; }
    public string? PublishAtUtc { get; init; }
    public string? UnpublishAtUtc { get; init; }

    public string Title => IsNew ? $"New {Type.DisplayName}" : $"Edit {Type.DisplayName}: {Item.DisplayText ?? Item.ContentItemId}";
}
