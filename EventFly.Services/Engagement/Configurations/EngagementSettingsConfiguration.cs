using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventFly.Services.Engagement.Configurations;

internal sealed class EngagementSettingsConfiguration : IEntityTypeConfiguration<EngagementSettings>
{
    public const string Key = "PK_EngagementSettings";

    public void Configure(EntityTypeBuilder<EngagementSettings> builder)
    {
        builder.ToTable("EngagementSettings");
        builder.HasKey(s => s.EventId).HasName(Key);
        builder.Property(s => s.EventId).ValueGeneratedNever();
    }
}
