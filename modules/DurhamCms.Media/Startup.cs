using DurhamCms.Admin;
using DurhamCms.ContentFields;
using DurhamCms.Data;
using DurhamCms.Media.Endpoints;
using DurhamCms.Media.Fields;
using DurhamCms.Media.Indexes;
using DurhamCms.Media.Models;
using DurhamCms.Media.Recipes;
using DurhamCms.Media.Services;
using DurhamCms.Modules;
using DurhamCms.Recipes;
using DurhamCms.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DurhamCms.Media;

/// <summary>The media library: stores, checked uploads, /media/ with fixed-width resizing, MediaField, the media step.</summary>
public sealed class Startup : ModuleStartup
{
    public override string Id => "DurhamCms.Media";

    public override string Name => "Media";

    public override string Description => "The media library: images and documents checked by content, stored in the data folder or the database, served at /media/ in fixed widths; MediaField with required alternative text; Orchard's media step.";

    public override IReadOnlyCollection<string> Dependencies => ["DurhamCms.ContentFields"];

    public override IReadOnlyCollection<string> OrchardFeatures => ["OrchardCore.Media"];

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MediaOptions>().BindConfiguration(MediaOptions.Section)
            .Validate(o => o.Store is MediaStores.FileSystem or MediaStores.Database, $"DurhamCms:Media:Store must be '{MediaStores.FileSystem}' or '{MediaStores.Database}'.")
            .Validate(o => o.MaxFileBytes > 0 && o.MaxImagePixels > 0 && o.MaxConcurrentResizes > 0 && o.CacheMaxAgeDays >= 0, "DurhamCms:Media: MaxFileBytes, MaxImagePixels and MaxConcurrentResizes must be above zero.")
            .ValidateOnStart();
        services.AddModuleEntity<MediaItem, MediaItemConfiguration>();
        services.AddModuleEntity<MediaContent, MediaContentConfiguration>();
        services.AddContentIndex<MediaUsageIndex, MediaUsageIndexProvider, MediaUsageIndexConfiguration>();

        services.AddScoped<FileSystemMediaFileStore>();
        services.AddScoped<DatabaseMediaFileStore>();
        services.AddScoped<IMediaFileStore>(sp => sp.GetRequiredService<IOptions<MediaOptions>>().Value.Store == MediaStores.Database
            ? sp.GetRequiredService<DatabaseMediaFileStore>()
            : sp.GetRequiredService<FileSystemMediaFileStore>());
        services.AddScoped<MediaLibrary>();
        services.AddScoped<MediaUsages>();
        services.AddSingleton<ImageResizeGate>();

        services.AddContentField<MediaField>().WithSettings<MediaFieldSettings>()
            .WithEditor<MediaFieldEditor>().WithValidator<MediaFieldValidator>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IRecipeStepHandler, MediaStep>());
        services.AddPermissionProvider<Permissions>();
        services.AddSingleton<IAdminMenuProvider, MediaAdminMenu>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapMediaFiles();
}
