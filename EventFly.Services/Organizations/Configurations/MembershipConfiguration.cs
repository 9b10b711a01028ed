using EventFly.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using EventFly.Services.Organizations.Contracts;

namespace EventFly.Services.Organizations.Configurations;

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    /// <summary>The unique index of one membership per user and organization.</summary>
    public const string OneMembershipPerUser = "IX_OrganizationMembers_OrganizationId_UserId";

    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.ToTable("OrganizationMembers");
        builder.Property(m => m.Id).ValueGeneratedNever();
        // One membership per user and organization, even if two accepts race.
        builder.HasIndex(m => new { m.OrganizationId, m.UserId }).IsUnique().HasDatabaseName(OneMembershipPerUser);
        builder.HasIndex(m => m.UserId);
        builder.PrimitiveCollection(m => m.EventIds);
    }
}
