using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventFly.Services.Outbox;

internal sealed class ProcessedMessageConfiguration : IEntityTypeConfiguration<ProcessedMessage>
{
    /// <summary>One row per consumer and message: a second delivery racing the first fails on it (ADR 0014).</summary>
    public const string Key = "PK_ProcessedMessages";

    public void Configure(EntityTypeBuilder<ProcessedMessage> builder)
    {
        builder.ToTable("ProcessedMessages");
        builder.HasKey(m => new { m.Consumer, m.MessageId }).HasName(Key);
        builder.Property(m => m.Consumer).HasMaxLength(100);
    }
}
