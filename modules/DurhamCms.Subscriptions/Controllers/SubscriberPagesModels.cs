using DurhamCms.Subscriptions.Models;
using DurhamCms.Subscriptions.Services;

namespace DurhamCms.Subscriptions.Controllers;

public sealed record ConfirmPageModel(ConfirmOutcome Outcome, string Token, string? ManageUrl);

/// <summary>The manage page: every subscription of one address, reached through one of its links.</summary>
public sealed record ManagePageModel(string Token, IReadOnlyList<SubscriptionRecord> Subscriptions, IReadOnlyDictionary<string, string> Titles, string? Done);

public sealed record UnsubscribePageModel(string Token, SubscriptionRecord? Subscription, string? Title, bool Done, string ManageUrl);
