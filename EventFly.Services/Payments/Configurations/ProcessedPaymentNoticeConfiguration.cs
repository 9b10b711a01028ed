using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using EventFly.Services.Payments.Contracts;

namespace EventFly.Services.Payments.Configurations;

internal sealed class ProcessedPaymentNoticeConfiguration : IEntityTypeConfiguration<ProcessedPaymentNotice>
{
    public void Configure(EntityTypeBuilder<ProcessedPaymentNotice> builder)
    {
        builder.ToTable("ProcessedPaymentNotices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).HasMaxLength(200);
        builder.Property(n => n.Type).HasMaxLength(100);
    }
}
