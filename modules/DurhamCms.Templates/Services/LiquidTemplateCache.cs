using System.Collections.Concurrent;
using Fluid;

namespace DurhamCms.Templates.Services;

/// <summary>
/// Parses templates once per text, with options that reach nothing but the values given: no
/// services, no configuration, no files (Fluid's default file provider is empty), no .NET members
/// (only Liquid values built from content JSON are exposed), and a step budget against loops.
/// </summary>
public sealed class LiquidTemplateCache
{
    private readonly FluidParser _parser = new();
    private readonly ConcurrentDictionary<string, IFluidTemplate> _templates = new(StringComparer.Ordinal);

    public LiquidTemplateCache() => Options.MaxSteps = 100_000;

    public TemplateOptions Options { get; } = new();

    /// <summary>Null when the text parses, otherwise the parser's message.</summary>
    public string? ParseError(string text) => TryGet(text, out _, out var error) ? null : error;

    public bool TryGet(string text, out IFluidTemplate template, out string? error)
    {
        error = null;
        if (_templates.TryGetValue(text, out template!))
        {
            return true;
        }

        if (!_parser.TryParse(text, out template!, out error))
        {
            return false;
        }

        _templates.TryAdd(text, template);
        return true;
    }
}
