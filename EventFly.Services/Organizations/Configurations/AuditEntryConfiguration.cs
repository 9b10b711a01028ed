using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using EventFly.Services.Organizations.Contracts;

namespace EventFly.Services.Organizations.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("OrganizationAuditLog");
        builder.Property(a => a.Action).HasMaxLength(60);
        builder.Property(a => a.Details).HasMaxLength(1000);
        builder.HasIndex(a => new { a.OrganizationId, a.At });
    }
}
