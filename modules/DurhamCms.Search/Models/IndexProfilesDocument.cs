namespace DurhamCms.Search.Models;

/// <summary>The site's index profiles, one site document, so every node reads the same list.</summary>
public sealed class IndexProfilesDocument
{
    public const string DocumentKey = "SearchIndexProfiles";

    public List<IndexProfile> Profiles { get; set; } = [];

    public IndexProfile? Find(string name) =>
        Profiles.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}
