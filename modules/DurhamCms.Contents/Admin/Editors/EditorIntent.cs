using System.Globalization;
using DurhamCms.ContentManagement;
using DurhamCms.Editors;
using DurhamCms.Workflows;
using Microsoft.AspNetCore.Http;

namespace DurhamCms.Contents.Admin.Editors;

/// <summary>
/// What the pressed button asks for besides saving: publish, or a workflow transition with its
/// comment and times. Problems (a time that does not parse, an oversize comment) are filed under
/// the input's name, so the page names them and nothing is saved.
/// </summary>
public sealed record EditorIntent(bool Publish, TransitionRequest? Transition, IReadOnlyList<ContentValidationError> Errors)
{
    /// <summary>What a datetime-local input posts, with or without seconds (the site's time zone is UTC for now).</summary>
    private static readonly string[] TimeFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"];

    public static EditorIntent Read(IFormCollection form)
    {
        var errors = new List<ContentValidationError>();
        var transition = form[EditorFormNames.Transition].ToString();
        if (string.IsNullOrEmpty(transition))
        {
            return new EditorIntent(form[EditorFormNames.Command] == EditorFormNames.Publish, null, errors);
        }

        var comment = form[EditorFormNames.TransitionComment].ToString();
        if (comment.Length > EditorLimits.MultiLine)
        {
            errors.Add(new(EditorFormNames.TransitionComment, EditorLimits.TooLong("The comment", comment.Length, EditorLimits.MultiLine)));
        }

        var request = new TransitionRequest(transition)
        {
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
            PublishAtUtc = ReadTime(form, EditorFormNames.PublishAtUtc, "The publish time", errors),
            UnpublishAtUtc = ReadTime(form, EditorFormNames.UnpublishAtUtc, "The unpublish time", errors),
        };
        return new EditorIntent(false, request, errors);
    }

    private static DateTime? ReadTime(IFormCollection form, string name, string label, List<ContentValidationError> errors)
    {
        var text = form[name].ToString().Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (DateTime.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            return time;
        }

        errors.Add(new(name, $"{label} '{(text.Length > 40 ? text[..40] + "…" : text)}' is not a date and time; use the picker or type 2025-07-01T09:00 (UTC)."));
        return null;
    }
}
