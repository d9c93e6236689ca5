using System.Text.Json.Nodes;

namespace DurhamCms.Documents;

/// <summary>Site settings in Orchard's shape: one JSON object of named settings groups ("Settings" recipe step).</summary>
public interface ISiteSettings
{
    Task<JsonObject> GetAsync();

    /// <summary>One settings group typed, e.g. the publisher block.</summary>
    Task<T> GetAsync<T>(string name) where T : class, new();

    Task UpdateAsync(Action<JsonObject> alter);
}
