using DurhamCms.Caching;
using DurhamCms.Data;
using DurhamCms.Documents;
using DurhamCms.Templates.Models;

namespace DurhamCms.Templates.Services;

/// <summary>
/// Saves and removes templates, and evicts every cached content page once the change has
/// committed: a template may replace any item's view, so no narrower tag is safe.
/// </summary>
public sealed class TemplateChanges(IDocumentStore documents, IAfterCommit afterCommit, PageCacheEviction eviction)
{
    public Task<TemplatesDocument> GetAsync(bool admin) => documents.GetAsync<TemplatesDocument>(Key(admin));

    public async Task SaveAsync(bool admin, TemplatesDocument document)
    {
        await documents.SaveAsync(Key(admin), document);
        await afterCommit.AfterCommitOnceAsync("page-cache:templates", () => eviction.EvictAsync([PageCacheTags.Site]));
    }

    private static string Key(bool admin) => admin ? TemplatesDocument.AdminKey : TemplatesDocument.SiteKey;
}
