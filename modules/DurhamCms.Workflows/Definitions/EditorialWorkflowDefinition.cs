namespace DurhamCms.Workflows.Definitions;

/// <summary>
/// The editorial workflow as a site keeps it (the "EditorialWorkflow" recipe step): its states,
/// the transitions between them with the permission each needs, who is told, and the content
/// types that opt in. Permission names may hold "{Type}", replaced by the item's content type.
/// </summary>
public sealed class EditorialWorkflowDefinition
{
    public const string DocumentKey = "EditorialWorkflow";

    public List<string> ContentTypes { get; set; } = [];

    /// <summary>The state of an item that never took a transition and is not published.</summary>
    public string InitialState { get; set; } = "Draft";

    /// <summary>The state of an item whose latest version is published (seeded or published outside the workflow).</summary>
    public string PublishedState { get; set; } = "Published";

    /// <summary>The state the review queue lists ("InReview" when not given).</summary>
    public string? ReviewState { get; set; }

    public string QueueState => string.IsNullOrWhiteSpace(ReviewState) ? "InReview" : ReviewState;

    /// <summary>Users holding this permission are the reviewers told about submissions.</summary>
    public string ReviewPermission { get; set; } = "Review_{Type}";

    public List<EditorialStateDefinition> States { get; set; } = [];
    public List<EditorialTransitionDefinition> Transitions { get; set; } = [];

    /// <summary>Email templates (Liquid) by transition name; "Default" serves the others.</summary>
    public Dictionary<string, EmailTemplateDefinition> Templates { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public bool AppliesTo(string contentType) => ContentTypes.Contains(contentType, StringComparer.OrdinalIgnoreCase);

    public EditorialStateDefinition? FindState(string name) =>
        States.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    public EditorialTransitionDefinition? FindTransition(string name) =>
        Transitions.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    public string StateLabel(string state) => FindState(state)?.Label ?? state;

    public static string ForType(string permission, string contentType) => permission.Replace("{Type}", contentType, StringComparison.OrdinalIgnoreCase);
}

public sealed class EditorialStateDefinition
{
    public string Name { get; set; } = "";
    public string? Label { get; set; }

    public override string ToString() => Name;
}

public sealed class EditorialTransitionDefinition
{
    public string Name { get; set; } = "";
    public string? Label { get; set; }
    public List<string> From { get; set; } = [];

    /// <summary>The state after the transition; empty keeps the current one (e.g. Schedule).</summary>
    public string? To { get; set; }

    /// <summary>Needed to take the transition on any item of the type.</summary>
    public string Permission { get; set; } = "";

    /// <summary>Enough to take it on an item the user owns (e.g. an Author submitting their own draft).</summary>
    public string? OwnPermission { get; set; }

    /// <summary>"Optional" (default), "Required" or "None".</summary>
    public string Comment { get; set; } = CommentRules.Optional;

    /// <summary>The transition takes an optional publish (or unpublish) time.</summary>
    public bool CanSchedule { get; set; }

    /// <summary>"Publish" (the latest version goes live now), "Unpublish", or none.</summary>
    public string? Action { get; set; }

    /// <summary>Who is told: "Reviewers", "Submitter", "Owner".</summary>
    public List<string> Notify { get; set; } = [];

    /// <summary>The audit trail event recorded, e.g. "Submitted"; none when empty.</summary>
    public string? AuditEvent { get; set; }

    public string DisplayLabel => string.IsNullOrWhiteSpace(Label) ? Name : Label;

    public bool CommentRequired => string.Equals(Comment, CommentRules.Required, StringComparison.OrdinalIgnoreCase);

    public bool CommentAllowed => !string.Equals(Comment, CommentRules.None, StringComparison.OrdinalIgnoreCase);

    public bool IsFrom(string state) => From.Contains(state, StringComparer.OrdinalIgnoreCase) || From.Contains("*");
}

public sealed class EmailTemplateDefinition
{
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
}

public static class CommentRules
{
    public const string Optional = "Optional";
    public const string Required = "Required";
    public const string None = "None";
}

public static class NotifyTargets
{
    public const string Reviewers = "Reviewers";
    public const string Submitter = "Submitter";
    public const string Owner = "Owner";
}

public static class TransitionActions
{
    public const string Publish = "Publish";
    public const string Unpublish = "Unpublish";
}
