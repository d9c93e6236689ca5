using Microsoft.EntityFrameworkCore.Design;

namespace DurhamCms.Data.Sqlite;

/// <summary>Lets "dotnet ef migrations add" build the whole model for Sqlite.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<DurhamDbContext>
{
    public DurhamDbContext CreateDbContext(string[] args) =>
        DesignTimeContext.Create(DatabaseProviders.Sqlite, "Data Source=design-time.db", typeof(DesignTimeDbContextFactory).Assembly);
}
