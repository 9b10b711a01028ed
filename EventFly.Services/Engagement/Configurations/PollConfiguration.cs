using EventFly.Domain.Engagement;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventFly.Services.Engagement.Configurations;

internal sealed class PollConfiguration : IEntityTypeConfiguration<Poll>
{
    public void Configure(EntityTypeBuilder<Poll> builder)
    {
        builder.ToTable("EngagementPolls");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Question).HasMaxLength(Poll.MaxQuestionLength);
        // Opening and closing are conditional on the status read (the host and the close-time job may race).
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
        builder.Property(p => p.ResultsVisibility).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.ClosesAt).HasConversion(UtcConverters.OptionalInstant);
        builder.Property(p => p.CreatedAt).HasConversion(UtcConverters.Instant);
        builder.Property(p => p.OpenedAt).HasConversion(UtcConverters.OptionalInstant);
        builder.Property(p => p.ClosedAt).HasConversion(UtcConverters.OptionalInstant);
        builder.HasIndex(p => new { p.EventId, p.CreatedAt });
        // The close-time job: open polls by close time.
        builder.HasIndex(p => new { p.Status, p.ClosesAt });
        builder.HasMany(p => p.Options).WithOne().HasForeignKey(o => o.PollId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Options).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
