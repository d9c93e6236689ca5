using DurhamCms.ContentManagement.Comparison;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Parts.Diff;

public static class PartDiffersServiceCollectionExtensions
{
    /// <summary>How the history's diff reads each part of this module that holds something of its own (ListPart holds nothing).</summary>
    public static IServiceCollection AddPartDiffers(this IServiceCollection services)
    {
        services.AddSingleton<IContentPartDiffer, TitlePartDiffer>();
        services.AddSingleton<IContentPartDiffer, AutoroutePartDiffer>();
        services.AddSingleton<IContentPartDiffer, HtmlBodyPartDiffer>();
        services.AddSingleton<IContentPartDiffer, MarkdownBodyPartDiffer>();
        services.AddSingleton<IContentPartDiffer, ContainedPartDiffer>();
        services.AddSingleton<IContentPartDiffer, PublishLaterPartDiffer>();
        return services;
    }
}
