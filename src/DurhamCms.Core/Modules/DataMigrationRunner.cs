using DurhamCms.Data;
using DurhamCms.Documents;
using Microsoft.Extensions.Logging;

namespace DurhamCms.Modules;

/// <summary>Runs each module's data migration steps that have not run on this site yet, each in its own transaction.</summary>
public sealed class DataMigrationRunner(IEnumerable<IDataMigration> migrations, IDocumentStore documents, DurhamDbContext db, ILogger<DataMigrationRunner> logger)
{
    public const string DocumentKey = "DataMigrations";

    public async Task RunAsync()
    {
        foreach (var migration in migrations)
        {
            var versions = await documents.GetAsync<Dictionary<string, int>>(DocumentKey);
            var done = versions.GetValueOrDefault(migration.ModuleId);
            for (var step = done; step < migration.Steps.Count; step++)
            {
                var run = migration.Steps[step];
                await db.InTransactionAsync(async () =>
                {
                    await run();
                    versions[migration.ModuleId] = step + 1;
                    await documents.SaveAsync(DocumentKey, versions);
                });
                logger.LogInformation("Data migration {Module} is at version {Version}", migration.ModuleId, step + 1);
            }
        }
    }
}
