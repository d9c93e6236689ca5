namespace DurhamCms.Subscriptions.Models;

/// <summary>What a subscription follows.</summary>
public static class SubscriptionScopes
{
    public const string Plan = "Plan";
    public const string Priority = "Priority";
    public const string Initiative = "Initiative";

    public static readonly IReadOnlyList<string> All = [Plan, Priority, Initiative];

    /// <summary>The canonical spelling of <paramref name="value"/>, or null when it is none of them.</summary>
    public static string? Parse(string? value) => All.FirstOrDefault(s => string.Equals(s, value?.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>How often a subscriber hears from the site.</summary>
public static class SubscriptionFrequencies
{
    /// <summary>One email per publish event.</summary>
    public const string Immediate = "Immediate";

    /// <summary>One digest a day of what was published.</summary>
    public const string Daily = "Daily";

    public static readonly IReadOnlyList<string> All = [Immediate, Daily];

    public static string? Parse(string? value) => All.FirstOrDefault(s => string.Equals(s, value?.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>The languages emails go out in: the site's two cultures.</summary>
public static class SubscriptionCultures
{
    public const string English = "en-US";
    public const string Spanish = "es-US";

    /// <summary>Spanish for any "es" culture, else English.</summary>
    public static string For(string? culture) =>
        culture is not null && culture.StartsWith("es", StringComparison.OrdinalIgnoreCase) ? Spanish : English;
}

public static class SubscriptionLimits
{
    /// <summary>RFC 5321's limit on a forward path, less the angle brackets.</summary>
    public const int EmailLength = 254;
}
