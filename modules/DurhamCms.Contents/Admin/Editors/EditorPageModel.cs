using DurhamCms.ContentManagement;
using DurhamCms.ContentManagement.Metadata;

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

    public const string EditConflictHeading = "This item changed while you were editing";
    public const string StepConflictHeading = "Someone else acted on this item first";

    /// <summary>Set when the save or step was refused because someone else saved or acted first (the page answers 409).</summary>
    public string? Conflict { get; init; }

    public string ConflictHeading { get; init; } = EditConflictHeading;

    /// <summary>A message that belongs to no field (a refused step after the save).</summary>
    public string? Error { get; init; }

    /// <summary>The version the form was read from; a save against any other is a conflict.</summary>
    public required string VersionId { get; init; }
    public long VersionStamp { get; init; }

    /// <summary>A version residents can see exists (this one or an older one while this is its draft).</summary>
    public bool HasPublishedVersion { get; init; }

    /// <summary>The published version's route ("initiatives/…"), for "View on site"; null when it has none.</summary>
    public string? PublishedPath { get; init; }

    /// <summary>The plain Publish button: the user may publish and the type publishes directly (no workflow of its own).</summary>
    public bool CanPublish { get; init; }
    public bool CanUnpublish { get; init; }
    public bool CanDelete { get; init; }

    /// <summary>What modules add to the page (<see cref="IContentEditorPanel"/>), in order.</summary>
    public IReadOnlyList<EditorPanel> Panels { get; init; } = [];

    public IEnumerable<EditorPanel> PanelsIn(EditorPanelZone zone) => Panels.Where(p => p.Zone == zone);

    public string Title => IsNew ? $"New {Type.DisplayName}" : $"Edit {Type.DisplayName}: {Item.DisplayText ?? Item.ContentItemId}";
}
