using DurhamCms.Users;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Data;

/// <summary>
/// The site's database: content versions, documents, users, and the index tables modules
/// register. The model is the same for every provider; each provider has its own migrations.
/// </summary>
public sealed class DurhamDbContext(DbContextOptions<DurhamDbContext> options, IEnumerable<IContentIndexRegistration> indexes)
    : IdentityDbContext<CmsUser, CmsRole, string>(options)
{
    public DbSet<ContentItemRecord> ContentItems => Set<ContentItemRecord>();
    public DbSet<DocumentRecord> Documents => Set<DocumentRecord>();

    public IReadOnlyList<IContentIndexRegistration> Indexes { get; } = indexes.ToList();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfiguration(new ContentItemRecordConfiguration());
        builder.ApplyConfiguration(new DocumentRecordConfiguration());
        foreach (var index in Indexes)
        {
            index.Configure(builder);
        }
    }
}
