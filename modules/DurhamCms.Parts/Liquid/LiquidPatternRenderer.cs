using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using DurhamCms.ContentManagement;
using DurhamCms.Parts.Services;
using Fluid;
using Fluid.Values;

namespace DurhamCms.Parts.Liquid;

/// <summary>
/// Renders the Liquid patterns editors write in definitions (route patterns, generated titles)
/// against one content item, exposed as <c>Model.ContentItem</c> as in Orchard. Parsed templates
/// are cached by pattern text: patterns are few and change only with definitions.
/// </summary>
public sealed class LiquidPatternRenderer
{
    private const string ContentManagerKey = "ContentManager";

    private readonly FluidParser _parser = new();
    private readonly TemplateOptions _options = new();
    private readonly ConcurrentDictionary<string, IFluidTemplate> _templates = new(StringComparer.Ordinal);

    public LiquidPatternRenderer()
    {
        // A route or title pattern needs a handful of steps; a loop typed by mistake must not hang a save.
        _options.MaxSteps = 10_000;
        _options.Filters.AddFilter("slugify", (input, _, _) => new ValueTask<FluidValue>(StringValue.Create(Slugifier.Slugify(input.ToStringValue()))));
        _options.Filters.AddFilter("display_text", DisplayTextAsync);
        _options.Filters.AddFilter("container", ContainerAsync);
    }

    /// <summary>Null when the pattern parses, otherwise the parser's message.</summary>
    public string? ParseError(string pattern) => TryGetTemplate(pattern, out _, out var error) ? null : error;

    /// <summary>
    /// The pattern's output, not HTML-encoded (it becomes a path or a title, not markup).
    /// <paramref name="contentManager"/> serves the <c>container</c> filter.
    /// </summary>
    public async Task<string> RenderAsync(string pattern, ContentItem item, IContentManager contentManager)
    {
        if (!TryGetTemplate(pattern, out var template, out var error))
        {
            throw new InvalidOperationException($"The pattern '{pattern}' is not valid Liquid: {error}");
        }

        var context = new TemplateContext(_options);
        context.AmbientValues[ContentManagerKey] = contentManager;
        context.SetValue("Model", new DictionaryValue(new FluidValueDictionaryFluidIndexable(
            new Dictionary<string, FluidValue>(StringComparer.OrdinalIgnoreCase) { ["ContentItem"] = JsonFluidValues.FromContentItem(item) })));
        try
        {
            return (await template.RenderAsync(context, NullEncoder.Default)).Trim();
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            // Raised before anything is written (handlers render in the "-ing" events), so the save changes nothing.
            throw new InvalidOperationException($"The pattern '{pattern}' could not be rendered: {e.Message}", e);
        }
    }

    private bool TryGetTemplate(string pattern, out IFluidTemplate template, out string? error)
    {
        error = null;
        if (_templates.TryGetValue(pattern, out template!))
        {
            return true;
        }

        if (!_parser.TryParse(pattern, out template!, out error))
        {
            return false;
        }

        _templates.TryAdd(pattern, template);
        return true;
    }

    private static async ValueTask<FluidValue> DisplayTextAsync(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        input is DictionaryValue ? await input.GetValueAsync("DisplayText", context) : input;

    /// <summary>The list a contained item belongs to (Orchard's <c>container</c> filter), latest version.</summary>
    private static async ValueTask<FluidValue> ContainerAsync(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var listId = (await (await input.GetValueAsync("ContainedPart", context)).GetValueAsync("ListContentItemId", context)).ToStringValue();
        if (string.IsNullOrEmpty(listId) || context.AmbientValues[ContentManagerKey] is not IContentManager contentManager)
        {
            return NilValue.Instance;
        }

        var container = await contentManager.GetAsync(listId, VersionOptions.Latest);
        return container is null ? NilValue.Instance : JsonFluidValues.FromContentItem(container);
    }
}
