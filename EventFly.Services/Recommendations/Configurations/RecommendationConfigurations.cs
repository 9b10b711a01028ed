using EventFly.Services.Persistence;
using EventFly.Services.Recommendations.ReadModels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventFly.Services.Recommendations.Configurations;

internal sealed class RecommendationInteractionConfiguration : IEntityTypeConfiguration<RecommendationInteraction>
{
    public void Configure(EntityTypeBuilder<RecommendationInteraction> builder)
    {
        builder.ToTable("RecommendationInteractions");
        builder.HasKey(i => new { i.UserId, i.EventId, i.Kind });
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.FirstAt).HasConversion(UtcConverters.Instant);
        builder.Property(i => i.LastAt).HasConversion(UtcConverters.Instant);
        builder.HasIndex(i => new { i.EventId, i.Kind });
    }
}

internal sealed class RecommendationModelConfiguration : IEntityTypeConfiguration<RecommendationModel>
{
    public void Configure(EntityTypeBuilder<RecommendationModel> builder)
    {
        builder.ToTable("RecommendationModels");
        builder.HasKey(m => m.Version);
        builder.Property(m => m.Version).ValueGeneratedNever();
        builder.Property(m => m.TrainedAt).HasConversion(UtcConverters.Instant);
        builder.Property(m => m.FileName).HasMaxLength(200);
    }
}
