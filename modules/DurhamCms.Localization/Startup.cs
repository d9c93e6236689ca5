using DurhamCms.ContentManagement.Handlers;
using DurhamCms.Contents.Display;
using DurhamCms.Admin;
using DurhamCms.Contents.Admin;
using DurhamCms.Contents.Admin.Editors;
using DurhamCms.Data;
using DurhamCms.Localization.Admin;
using DurhamCms.Localization.Handlers;
using DurhamCms.Localization.Indexes;
using DurhamCms.Localization.Routing;
using DurhamCms.Localization.Services;
using DurhamCms.Localization.Strings;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.Builder;
using DurhamCms.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Localization;

/// <summary>Content in several cultures: Orchard's LocalizationPart, its index, and the site's cultures.</summary>
public sealed class Startup : ModuleStartup
{
    public override string Id => "DurhamCms.Localization";

    public override string Name => "Localization";

    public override string Description => "Orchard's LocalizationPart (one LocalizationSet, one item per culture) and the site's cultures (LocalizationSettings).";

    public override IReadOnlyCollection<string> Dependencies => ["DurhamCms.Contents"];

    public override IReadOnlyCollection<string> OrchardFeatures => ["OrchardCore.Localization", "OrchardCore.ContentLocalization"];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ContentCultures>();
        services.AddScoped<LocalizedContentQuery>();
        services.AddScoped<PageAlternates>();
        services.AddScoped<ContentTranslator>();
        services.AddScoped<TranslationReport>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IContentCultureSource, ContentCultureSource>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IContentEditorPanel, TranslationEditorPanel>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAdminMenuProvider, LocalizationAdminMenu>());

        // The kernel's view localization reads strings through the factory; ours reads PO files.
        services.AddSingleton<PoCatalog>();
        services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory, PoStringLocalizerFactory>());
        services.AddScoped<IContentDisplayOverlay, LocalizedItemAlternates>();
        services.AddScoped<IContentHandler, LocalizationPartHandler>();
        services.AddContentIndex<LocalizedContentItemIndex, LocalizedContentItemIndexProvider, LocalizedContentItemIndexConfiguration>();
    }

    public override void Configure(IApplicationBuilder app) => app.UseMiddleware<RequestCultureMiddleware>();
}
