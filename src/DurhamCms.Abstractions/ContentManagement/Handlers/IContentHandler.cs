namespace DurhamCms.ContentManagement.Handlers;

/// <summary>
/// The content manager's events, in the order they happen. "-ing" events run before the
/// change is written (handlers may still change the item), "-ed" events after it was staged,
/// inside the same transaction, so index and audit rows commit or roll back with the content.
/// The content manager depends on every handler, so a handler that needs it resolves it from
/// IServiceProvider when called rather than taking it in its constructor.
/// </summary>
public interface IContentHandler
{
    Task InitializingAsync(ContentContext context);
    Task ValidatingAsync(ValidateContentContext context);
    Task CreatingAsync(ContentContext context);
    Task CreatedAsync(ContentContext context);
    Task UpdatingAsync(ContentContext context);
    Task UpdatedAsync(ContentContext context);
    Task VersioningAsync(VersionContentContext context);
    Task VersionedAsync(VersionContentContext context);
    Task PublishingAsync(PublishContentContext context);
    Task PublishedAsync(PublishContentContext context);
    Task UnpublishingAsync(PublishContentContext context);
    Task UnpublishedAsync(PublishContentContext context);
    Task RemovingAsync(ContentContext context);
    Task RemovedAsync(ContentContext context);
    Task ImportingAsync(ContentContext context);
    Task ImportedAsync(ContentContext context);
    Task ClonedAsync(ContentContext context);
    Task RestoredAsync(ContentContext context);
}

/// <summary>Handlers override only the events they care about.</summary>
public abstract class ContentHandlerBase : IContentHandler
{
    public virtual Task InitializingAsync(ContentContext context) => Task.CompletedTask;
    public virtual Task ValidatingAsync(ValidateContentContext context) => Task.CompletedTask;
    public virtual Task CreatingAsync(ContentContext context) => Task.CompletedTask;
    public virtual Task CreatedAsync(ContentContext context) => Task.CompletedTask;
    public virtual Task UpdatingAsync(ContentContext context) => Task.CompletedTask;
    public virtual Task UpdatedAsync(ContentContext context) => Task.CompletedTask;
    public virtual Task VersioningAsync(VersionContentContext context) => Task.CompletedTask;
    public virtual Task VersionedAsync(VersionContentContext context) => Task.CompletedTask;
    public virtual Task PublishingAsync(PublishContentContext context) => Task.CompletedTask;
    public virtual Task PublishedAsync(PublishContentContext context) => Task.CompletedTask;
    public virtual Task UnpublishingAsync(PublishContentContext context) => Task.CompletedTask;
    public virtual Task UnpublishedAsync(PublishContentContext context) => Task.CompletedTask;
    public virtual Task RemovingAsync(ContentContext context) => Task.CompletedTask;
    public virtual Task RemovedAsync(ContentContext context) => Task.CompletedTask;
    public virtual Task ImportingAsync(ContentContext context) => Task.CompletedTask;
    public virtual Task ImportedAsync(ContentContext context) => Task.CompletedTask;
    public virtual Task ClonedAsync(ContentContext context) => Task.CompletedTask;
    public virtual Task RestoredAsync(ContentContext context) => Task.CompletedTask;
}
