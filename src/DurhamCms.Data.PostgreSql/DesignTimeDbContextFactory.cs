using Microsoft.EntityFrameworkCore.Design;

namespace DurhamCms.Data.PostgreSql;

/// <summary>Lets "dotnet ef migrations add" build the whole model for PostgreSql.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<DurhamDbContext>
{
    public DurhamDbContext CreateDbContext(string[] args) =>
        DesignTimeContext.Create(DatabaseProviders.PostgreSql, "Host=localhost;Database=design_time;Username=design;Password=design", typeof(DesignTimeDbContextFactory).Assembly);
}
