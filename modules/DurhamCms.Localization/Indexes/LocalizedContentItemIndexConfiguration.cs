using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DurhamCms.Localization.Indexes;

public sealed class LocalizedContentItemIndexConfiguration : IEntityTypeConfiguration<LocalizedContentItemIndex>
{
    /// <summary>Longer than any culture name .NET knows ("sr-Cyrl-BA" is 10), short enough to index.</summary>
    public const int MaxCultureLength = 16;

    public const int MaxSetLength = 26;

    public void Configure(EntityTypeBuilder<LocalizedContentItemIndex> builder)
    {
        builder.Property(x => x.LocalizationSet).HasMaxLength(MaxSetLength).IsRequired();
        builder.Property(x => x.Culture).HasMaxLength(MaxCultureLength).IsRequired();
        builder.Property(x => x.NormalizedCulture).HasMaxLength(MaxCultureLength).IsRequired();
        builder.HasIndex(x => new { x.LocalizationSet, x.NormalizedCulture });
    }
}
