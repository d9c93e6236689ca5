using System.Text.Json.Nodes;

namespace DurhamCms.Documents;

/// <summary>
/// Told when the site settings document has been changed (by a recipe's Settings step or an
/// admin page), in the unit of work that changed it: so a module reacts (the page cache evicts)
/// without the settings knowing of it.
/// </summary>
public interface ISiteSettingsHandler
{
    Task ChangedAsync(JsonObject before, JsonObject after);
}
