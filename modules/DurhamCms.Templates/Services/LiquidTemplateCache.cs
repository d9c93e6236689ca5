using System.Collections.Concurrent;
using Fluid;

namespace DurhamCms.Templates.Services;

/// <summary>
/// Parses templates once per text, with options that reach nothing but the values given: no
/// services, no configuration, no files (Fluid's default file provider is empty), no .NET members
/// (only Liquid values built from content JSON are exposed), and a step budget against loops.
/// </summary>
public sealed partial class LiquidTemplateCache
{
    private readonly FluidParser _parser = new();
    private readonly ConcurrentDictionary<string, IFluidTemplate> _templates = new(StringComparer.Ordinal);

    public LiquidTemplateCache() => Options.MaxSteps = 100_000;

    public TemplateOptions Options { get; } = new();

    /// <summary>Null when the text parses, otherwise the parser's message.</summary>
    public string? ParseError(string text) => TryGet(text, out _, out var error) ? null : error;

    /// <summary>
    /// The parser's message with its position said in words ("line 3, column 7"); Fluid writes
    /// it as "(3:7)". Null when the text parses.
    /// </summary>
    public string? DescribeParseError(string text)
    {
        if (ParseError(text) is not { } error)
        {
            return null;
        }

        var position = Position().Match(error);
        if (!position.Success)
        {
            return $"{error.TrimEnd('.')} (the parser gave no position).";
        }

        var message = (error[..position.Index] + error[(position.Index + position.Length)..]).Trim().TrimEnd('.', ',').Trim();
        message = message.EndsWith(" at", StringComparison.Ordinal) ? message[..^3] : message;
        return $"{message} (line {position.Groups["line"].Value}, column {position.Groups["column"].Value}).";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\(\s*(?<line>\d+)\s*:\s*(?<column>\d+)\s*\)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Position();

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
