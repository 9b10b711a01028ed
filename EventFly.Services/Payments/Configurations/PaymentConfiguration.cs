using EventFly.Domain.Payments;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using EventFly.Services.Payments.Contracts;

namespace EventFly.Services.Payments.Configurations;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.ToTable("Payments");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Purpose).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
        builder.Property(p => p.PackageId).HasMaxLength(20);
        builder.Property(p => p.CheckoutSessionId).HasMaxLength(200);
        builder.Property(p => p.PaymentIntentId).HasMaxLength(200);
        builder.Property(p => p.Description).HasMaxLength(200);
        builder.Property(p => p.ReturnUrl).HasMaxLength(2000);
        builder.Property(p => p.Currency).HasMaxLength(3);
        builder.Property(p => p.Amount).HasPrecision(18, 4);
        builder.Property(p => p.RefundedAmount).HasPrecision(18, 4).IsConcurrencyToken();
        builder.Property(p => p.CreatedAt).HasConversion(UtcConverters.Instant);
        builder.Property(p => p.PaidAt).HasConversion(UtcConverters.OptionalInstant);
        builder.HasIndex(p => p.CheckoutSessionId).IsUnique();
        builder.HasIndex(p => p.PaymentIntentId);
        builder.HasIndex(p => p.OrderId);
        builder.HasIndex(p => new { p.OrganizationId, p.CreatedAt });
    }
}
