using EventFly.Services.Analytics.ReadModels;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventFly.Services.Analytics.Configurations;

internal sealed class AnalyticsFeedbackConfiguration : IEntityTypeConfiguration<AnalyticsFeedback>
{
    public void Configure(EntityTypeBuilder<AnalyticsFeedback> builder)
    {
        builder.ToTable("AnalyticsFeedback");
        builder.HasKey(f => f.FeedbackId);
        builder.Property(f => f.FeedbackId).ValueGeneratedNever();
        builder.Property(f => f.SubmittedAt).HasConversion(UtcConverters.Instant);
        builder.Property(f => f.RatedAt).HasConversion(UtcConverters.Instant);
        builder.HasIndex(f => f.EventId);
    }
}
