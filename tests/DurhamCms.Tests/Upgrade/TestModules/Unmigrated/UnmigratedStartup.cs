using DurhamCms.Data;
using DurhamCms.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DurhamCms.Tests.Upgrade.TestModules.Unmigrated;

/// <summary>The mistake the schema drift test catches: an entity mapped with no migration making its table.</summary>
public sealed class UnmigratedStartup : ModuleStartup
{
    public override string Id => "Test.Unmigrated";

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleEntity<ForgottenRecord, ForgottenRecordConfiguration>();
}

public sealed class ForgottenRecord
{
    public long Id { get; set; }
    public string? Remark { get; set; }
}

public sealed class ForgottenRecordConfiguration : IEntityTypeConfiguration<ForgottenRecord>
{
    public void Configure(EntityTypeBuilder<ForgottenRecord> builder) => builder.HasKey(x => x.Id);
}
