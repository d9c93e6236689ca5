namespace DurhamCms.ContentManagement.Handlers;

/// <summary>
/// Where a content handler runs among the handlers of its own module: lower first, 0 when absent.
/// Across modules no number is needed: a module's handlers run after those of every module it
/// depends on, so an order between modules is declared once, as a dependency.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ContentHandlerOrderAttribute(int order) : Attribute
{
    public int Order { get; } = order;
}
