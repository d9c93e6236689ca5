using DurhamCms.ContentFields.Models;
using DurhamCms.ContentFields.Settings;

namespace DurhamCms.ContentFields.Validation;

public sealed class LinkFieldValidator : IContentFieldValidator
{
    public string FieldName => nameof(LinkField);

    public Task ValidateAsync(FieldValidationContext context)
    {
        if (!context.TryRead<LinkField>("must be a link with a URL and text.", out var field))
        {
            return Task.CompletedTask;
        }

        var settings = context.Settings<LinkFieldSettings>();
        if (string.IsNullOrWhiteSpace(field.Url))
        {
            if (settings.Required)
            {
                context.FailRequired();
            }

            return Task.CompletedTask;
        }

        if (!LinkUrls.IsAllowed(field.Url))
        {
            context.Fail("must be a web address (http, https, mailto or tel) or a path on this site.");
        }

        if (settings.LinkTextMode == LinkTextMode.Required && string.IsNullOrWhiteSpace(field.Text))
        {
            context.Fail("needs link text.");
        }

        if (!string.IsNullOrEmpty(field.Target) && !LinkUrls.AllowedTargets.Contains(field.Target, StringComparer.OrdinalIgnoreCase))
        {
            context.Fail($"has an unknown target '{field.Target}'; use one of {string.Join(", ", LinkUrls.AllowedTargets)}.");
        }

        return Task.CompletedTask;
    }
}
