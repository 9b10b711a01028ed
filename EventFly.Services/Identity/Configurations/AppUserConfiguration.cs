using EventFly.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using EventFly.Services.Identity.Contracts;

namespace EventFly.Services.Identity.Configurations;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(ParticipantProfile.MaxDisplayNameLength);
        builder.Property(u => u.City).HasMaxLength(ParticipantProfile.MaxCityLength);
        builder.Property(u => u.Language).HasMaxLength(8);
        // A primitive collection: one JSON column on both SQLite and SQL Server.
        builder.PrimitiveCollection(u => u.Interests);
    }
}
