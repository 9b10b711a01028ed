using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using EventFly.Services.Payments.Contracts;

namespace EventFly.Services.Payments.Configurations;

internal sealed class ProcessedPaymentNoticeConfiguration : IEntityTypeConfiguration<ProcessedPaymentNotice>
{
    /// <summary>The primary key: a notice id is applied once.</summary>
    public const string OncePerNotice = "PK_ProcessedPaymentNotices";

    public void Configure(EntityTypeBuilder<ProcessedPaymentNotice> builder)
    {
        builder.ToTable("ProcessedPaymentNotices");
        builder.HasKey(n => n.Id).HasName(OncePerNotice);
        builder.Property(n => n.Id).HasMaxLength(200);
        builder.Property(n => n.Type).HasMaxLength(100);
    }
}
