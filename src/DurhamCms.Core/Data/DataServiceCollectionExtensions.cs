using DurhamCms.ContentManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DurhamCms.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers a module's index table (mapped by <typeparamref name="TConfiguration"/> on top of
    /// the columns every index has) and the provider that maps versions to its rows.
    /// </summary>
    public static IServiceCollection AddContentIndex<TIndex, TProvider, TConfiguration>(this IServiceCollection services)
        where TIndex : ContentIndex
        where TProvider : class, IContentIndexProvider
        where TConfiguration : IEntityTypeConfiguration<TIndex>, new()
    {
        services.AddSingleton<IContentIndexRegistration>(new ContentIndexRegistration<TIndex>(new TConfiguration()));
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IContentIndexProvider, TProvider>());
        return services;
    }

    /// <summary>Registers a module's own table (named after the entity, mapped by <typeparamref name="TConfiguration"/>) in the site's database.</summary>
    public static IServiceCollection AddModuleEntity<TEntity, TConfiguration>(this IServiceCollection services)
        where TEntity : class
        where TConfiguration : IEntityTypeConfiguration<TEntity>, new()
    {
        services.AddSingleton<IModuleEntityRegistration>(new ModuleEntityRegistration<TEntity>(new TConfiguration()));
        return services;
    }

    /// <summary>The most of the SQLite file read through a memory map (the whole file, up to this).</summary>
    private const long SqliteMemoryMapBytes = 1L << 30;

    /// <summary>Configures EF for the chosen provider, with that provider's baseline migrations assembly.</summary>
    public static DbContextOptionsBuilder UseDurhamDatabase(this DbContextOptionsBuilder builder, string provider, string connectionString)
    {
        if (string.Equals(provider, DatabaseProviders.PostgreSql, StringComparison.OrdinalIgnoreCase))
        {
            builder.UseNpgsql(connectionString, o => o.MigrationsAssembly("DurhamCms.Data.PostgreSql"));
        }
        else if (string.Equals(provider, DatabaseProviders.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            builder.UseSqlite(connectionString, o => o.MigrationsAssembly("DurhamCms.Data.Sqlite"))
                .AddInterceptors(new SqliteMemoryMapInterceptor(SqliteMemoryMapBytes));
        }
        else
        {
            throw new InvalidOperationException($"DurhamCms:Database:Provider is '{provider}'; use '{DatabaseProviders.Sqlite}' or '{DatabaseProviders.PostgreSql}'.");
        }

        // The EF migrations are the frozen release-1 baseline; every later table comes from a
        // module migration, so the model is meant to run ahead of the baseline's snapshot. The
        // schema drift test (not a diff at every start) proves the two add up.
        // Bulk imports defer their writes; every query first writes what was deferred.
#pragma warning disable EF1001 // see FlushingQueryCompiler
        return builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .ReplaceService<Microsoft.EntityFrameworkCore.Query.Internal.IQueryCompiler, FlushingQueryCompiler>();
#pragma warning restore EF1001
    }

    public static string ResolveConnectionString(DurhamCmsOptions options, string dataPath) =>
        string.IsNullOrWhiteSpace(options.Database.ConnectionString)
            ? $"Data Source={Path.Combine(dataPath, "durhamcms.db")};Cache=Shared;Pooling=True"
            : options.Database.ConnectionString;
}
