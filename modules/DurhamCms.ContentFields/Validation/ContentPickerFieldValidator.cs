using DurhamCms.ContentFields.Models;
using DurhamCms.ContentFields.Settings;
using DurhamCms.ContentManagement;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.ContentFields.Validation;

/// <remarks>
/// The content manager is resolved when needed, not injected: it depends on the content
/// handlers, and through the validation handler on this validator.
/// </remarks>
public sealed class ContentPickerFieldValidator(IServiceProvider services) : IContentFieldValidator
{
    public string FieldName => nameof(ContentPickerField);

    public async Task ValidateAsync(FieldValidationContext context)
    {
        if (!context.TryRead<ContentPickerField>("must be a list of content item ids.", out var field))
        {
            return;
        }

        var settings = context.Settings<ContentPickerFieldSettings>();
        var ids = field.ContentItemIds.Where(id => !string.IsNullOrWhiteSpace(id)).ToList();
        if (ids.Count == 0)
        {
            if (settings.Required)
            {
                context.FailRequired();
            }

            return;
        }

        if (!settings.Multiple && ids.Count > 1)
        {
            context.Fail("allows only one item.");
        }

        // A picked item may be a draft not yet published (both are edited together), so
        // the latest version counts; the published one covers an item whose draft was discarded.
        var contentManager = services.GetRequiredService<IContentManager>();
        var found = (await contentManager.GetManyAsync(ids, VersionOptions.Latest)).ToDictionary(i => i.ContentItemId);
        var missing = ids.Where(id => !found.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            foreach (var item in await contentManager.GetManyAsync(missing, VersionOptions.Published))
            {
                found[item.ContentItemId] = item;
            }
        }

        foreach (var id in ids.Where(id => !found.ContainsKey(id)))
        {
            context.Fail($"refers to an item that does not exist: {id}.");
        }

        var allowed = settings.DisplayAllContentTypes ? [] : settings.DisplayedContentTypes;
        if (allowed.Length == 0)
        {
            return;
        }

        foreach (var item in found.Values.Where(i => !allowed.Contains(i.ContentType, StringComparer.OrdinalIgnoreCase)))
        {
            context.Fail($"cannot refer to '{item.DisplayText ?? item.ContentItemId}', a {item.ContentType}; allowed: {string.Join(", ", allowed)}.");
        }
    }
}
