namespace DurhamCms.Subscriptions.Controllers;

/// <summary>The sign-up form, as posted and as shown again with its problem.</summary>
public sealed record SubscribeForm
{
    public string? Email { get; init; }
    public string? Frequency { get; init; }
    public string? Scope { get; init; }
    public string? Id { get; init; }

    /// <summary>What the form is for ("the whole Strategic Plan", an initiative's title); set by the controller.</summary>
    public string? Title { get; init; }

    /// <summary>The message shown above the form, linked from the field (bad address, too many sign-ups).</summary>
    public string? Problem { get; init; }
}
