namespace DurhamCms.StrategicPlan.Search;

/// <summary>
/// The "DurhamCms:SearchHelp" section: where a search that found nothing sends a resident whose
/// problem is a City service rather than the plan. The defaults name the line and say what it is,
/// with no address or number: the city has published none in our seed, and we invent none.
/// </summary>
public sealed class SearchHelpOptions
{
    public const string Section = "DurhamCms:SearchHelp";

    /// <summary>The service-request line's name; empty: the search page does not mention one.</summary>
    public string ServiceRequestName { get; set; } = "Durham One Call";

    /// <summary>What it is, after its name ("Durham One Call, the City's customer service line").</summary>
    public string? ServiceRequestDescription { get; set; } = "the City's customer service line";

    /// <summary>Its web address (absolute http or https), when the city gives one.</summary>
    public string? ServiceRequestUrl { get; set; }

    /// <summary>Its phone number as residents dial it, when the city gives one.</summary>
    public string? ServiceRequestPhone { get; set; }

    public static bool IsWebAddress(string? url) =>
        string.IsNullOrWhiteSpace(url) || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp));
}
