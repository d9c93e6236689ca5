using System.Text.Json.Nodes;
using DurhamCms.ContentManagement;

namespace DurhamCms.Recipes;

/// <summary>The header of a recipe file, with Orchard's property names (read case-insensitively).</summary>
public sealed class RecipeDescriptor
{
    public string Name { get; set; } = "";
    public string? DisplayName { get; set; }
    public string? Description { get; set; }
    public string? Author { get; set; }
    public string? WebSite { get; set; }
    public string? Version { get; set; }
    public bool IsSetupRecipe { get; set; }
    public string[] Categories { get; set; } = [];
    public string[] Tags { get; set; } = [];
}

public sealed class RecipeExecutionOptions
{
    /// <summary>Import what is supported and list each skipped step, instead of refusing the whole recipe.</summary>
    public bool SkipUnsupportedSteps { get; init; }

    /// <summary>Values for <c>parameters('x')</c> (setup passes AdminUserId, AdminUsername, SiteName).</summary>
    public IReadOnlyDictionary<string, string?> Parameters { get; init; } = new Dictionary<string, string?>();

    /// <summary>Overrides for the recipe's own <c>variables</c>, e.g. the year of the seeded measure.</summary>
    public IReadOnlyDictionary<string, string?> Variables { get; init; } = new Dictionary<string, string?>();

    /// <summary>
    /// Keep every imported item in <see cref="RecipeResult.ImportedContent"/>. A large import
    /// (the <c>import</c> command) turns it off: 100,000 items kept would cost hundreds of megabytes.
    /// </summary>
    public bool KeepImportedContent { get; init; } = true;
}

/// <summary>A step that did not run, and why (only with <see cref="RecipeExecutionOptions.SkipUnsupportedSteps"/>).</summary>
public sealed record SkippedRecipeStep(int Index, string Name, string Reason)
{
    public override string ToString() => $"step {Index + 1} \"{Name}\": {Reason}";
}

public sealed class RecipeResult
{
    public RecipeDescriptor Descriptor { get; init; } = new();
    public List<string> Warnings { get; } = [];
    public List<SkippedRecipeStep> SkippedSteps { get; } = [];

    /// <summary>
    /// Items imported by Content steps, as the recipe gave them (expressions evaluated); empty
    /// unless <see cref="RecipeExecutionOptions.KeepImportedContent"/>.
    /// </summary>
    public List<ContentItem> ImportedContent { get; } = [];

    /// <summary>How many items Content steps imported, kept or not.</summary>
    public int ImportedContentCount { get; set; }

    public int ExecutedSteps { get; set; }
}

/// <summary>What a step handler sees: its step's JSON (expressions already evaluated) and where to report.</summary>
public sealed class RecipeStepContext(int index, string name, JsonObject step, RecipeResult result, RecipeExecutionOptions options, string? recipeDirectory)
{
    public int Index { get; } = index;
    public string Name { get; } = name;
    public JsonObject Step { get; } = step;
    public RecipeResult Result { get; } = result;
    public RecipeExecutionOptions Options { get; } = options;

    /// <summary>The folder of the recipe file, for steps that read files beside it.</summary>
    public string? RecipeDirectory { get; } = recipeDirectory;

    /// <summary>
    /// A Content step's <c>Data</c> items when the executor streams them (<see cref="Step"/>'s
    /// Data is then empty): one at a time, expressions evaluated, so a 100,000-item recipe is
    /// never in memory whole. Null for a step read whole.
    /// </summary>
    public IAsyncEnumerable<JsonNode?>? StreamedData { get; init; }

    public string Location => $"step {Index + 1} \"{Name}\"";

    public void Warn(string message) => Result.Warnings.Add($"{Location}: {message}");

    /// <summary>Refuses the step (and so the whole recipe) with a message naming where.</summary>
    public RecipeException Error(string message, Exception? inner = null) => new($"{Location}: {message}", inner);
}

/// <summary>A recipe that cannot be imported. Nothing it contains was kept.</summary>
public sealed class RecipeException : Exception
{
    public RecipeException(string message) : base(message) { }
    public RecipeException(string message, Exception? inner) : base(message, inner) { }
    public RecipeException() { }
}

/// <summary>Runs one kind of step. Modules register their own.</summary>
public interface IRecipeStepHandler
{
    /// <summary>Step names handled, matched case-insensitively ("Content" and "content").</summary>
    IReadOnlyCollection<string> StepNames { get; }

    Task ExecuteAsync(RecipeStepContext context);
}

public interface IRecipeExecutor
{
    /// <summary>Runs every step in one transaction: all of the recipe is imported, or none of it.</summary>
    Task<RecipeResult> ExecuteAsync(string recipePath, RecipeExecutionOptions? options = null, CancellationToken cancellationToken = default);

    Task<RecipeResult> ExecuteJsonAsync(string json, string? recipeDirectory, RecipeExecutionOptions? options = null, CancellationToken cancellationToken = default);
}

public sealed class RecipeExportRequest
{
    /// <summary>Content types whose definitions and items are exported; empty means all.</summary>
    public IReadOnlyCollection<string> ContentTypes { get; init; } = [];

    /// <summary>Particular items to export (in addition to the types' items).</summary>
    public IReadOnlyCollection<string> ContentItemIds { get; init; } = [];

    public bool IncludeDefinitions { get; init; } = true;

    /// <summary>
    /// Also write each item's draft (a latest version newer than its published one), after the
    /// published version. Without it only what residents see is exported, as Orchard's deployment does.
    /// </summary>
    public bool IncludeDrafts { get; init; }

    // The exported recipe's header.
    public string Name { get; init; } = "Export";
    public string? DisplayName { get; init; }
    public string? Description { get; init; }
    public string? Author { get; init; }
    public string Version { get; init; } = "1.0.0";
}

public interface IRecipeExporter
{
    /// <summary>A recipe in the same format the executor reads: ContentDefinition then Content steps.</summary>
    Task<JsonObject> ExportAsync(RecipeExportRequest request, CancellationToken cancellationToken = default);
}
