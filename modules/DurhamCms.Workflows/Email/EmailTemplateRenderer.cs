using System.Collections.Concurrent;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using DurhamCms.Workflows.Definitions;
using Fluid;

namespace DurhamCms.Workflows.Email;

/// <summary>
/// Renders notification emails from Liquid templates (the workflow definition's, else the
/// defaults below). Values are HTML-encoded in the body, so a comment cannot inject markup;
/// the subject is plain text.
/// </summary>
public sealed partial class EmailTemplateRenderer
{
    public const string DefaultSubject = "{{ TransitionLabel }}: {{ ItemTitle }}";

    public const string DefaultBody = """
        <p>Hello {{ RecipientName }},</p>
        <p>{{ Actor }} chose “{{ TransitionLabel }}” for the {{ ContentType }} “{{ ItemTitle }}”. It is now {{ ToState }}.</p>
        {% if Comment %}<p>Their comment:</p><blockquote>{{ Comment }}</blockquote>{% endif %}
        {% if PublishAt %}<p>It will be published at {{ PublishAt }}.</p>{% endif %}
        {% if UnpublishAt %}<p>It will be unpublished at {{ UnpublishAt }}.</p>{% endif %}
        <p><a href="{{ Url }}">Open it in the admin</a></p>
        """;

    private readonly FluidParser _parser = new();
    private readonly TemplateOptions _options = new() { MaxSteps = 10_000 };
    private readonly ConcurrentDictionary<string, IFluidTemplate> _templates = new(StringComparer.Ordinal);

    public (string Subject, string Body) Template(EditorialWorkflowDefinition definition, string transition)
    {
        var template = definition.Templates.GetValueOrDefault(transition) ?? definition.Templates.GetValueOrDefault("Default");
        return (template?.Subject ?? DefaultSubject, template?.Body ?? DefaultBody);
    }

    /// <summary>Null when the template parses, otherwise the parser's message (for the recipe step).</summary>
    public string? ParseError(string template) => _parser.TryParse(template, out _, out var error) ? null : error;

    public async Task<RenderedEmail> RenderAsync(string subjectTemplate, string bodyTemplate, IReadOnlyDictionary<string, string?> values)
    {
        var context = new TemplateContext(_options);
        foreach (var (name, value) in values)
        {
            if (!string.IsNullOrEmpty(value))
            {
                context.SetValue(name, value);
            }
        }

        var subject = await Parse(subjectTemplate).RenderAsync(context, NullEncoder.Default);
        var html = await Parse(bodyTemplate).RenderAsync(context, HtmlEncoder.Default);
        return new RenderedEmail(OneLine(subject), html.Trim(), ToText(html));
    }

    private IFluidTemplate Parse(string template) => _templates.GetOrAdd(template, t =>
        _parser.TryParse(t, out var parsed, out var error) ? parsed : throw new InvalidOperationException($"The email template is not valid Liquid: {error}"));

    private static string OneLine(string text) => Whitespace().Replace(text, " ").Trim();

    private static string ToText(string html)
    {
        var text = BlockEnd().Replace(html, "\n");
        text = Tag().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        return string.Join("\n", text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"</(p|blockquote|div|li|h\d)>|<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}

public sealed record RenderedEmail(string Subject, string HtmlBody, string TextBody);
