using EventFly.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using EventFly.Services.Organizations.Contracts;

namespace EventFly.Services.Organizations.Configurations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.ToTable("Organizations");
        builder.Ignore(o => o.OwnerRole);
        builder.Ignore(o => o.Package);
        builder.Property(o => o.PackageId).HasMaxLength(20);
        builder.Property(o => o.SubscriptionId).HasMaxLength(100);
        builder.Property(o => o.Name).HasMaxLength(Organization.MaxNameLength);
        builder.Property(o => o.Description).HasMaxLength(Organization.MaxDescriptionLength);
        builder.Property(o => o.LogoUrl).HasMaxLength(500);
        builder.Property(o => o.ContactEmail).HasMaxLength(256);
        builder.Property(o => o.Website).HasMaxLength(500);
        builder.HasMany(o => o.Roles).WithOne().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Members).WithOne().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Invitations).WithOne().HasForeignKey(i => i.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
