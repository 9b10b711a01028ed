using EventFly.Domain.Events;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using EventFly.Services.Events.Contracts;

namespace EventFly.Services.Events.Configurations;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    /// <summary>Lower-cased name, tags, category and description: what the text search looks in.</summary>
    public const string SearchText = "SearchText";

    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.ToTable("Events");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Name).HasMaxLength(Event.MaxNameLength);
        builder.Property(e => e.Category).HasMaxLength(30);
        builder.Property(e => e.TimeZone).HasMaxLength(64);
        builder.Property(e => e.OnlineUrl).HasMaxLength(500);
        builder.Property(e => e.CoverImage).HasMaxLength(200);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Visibility).HasConversion<string>().HasMaxLength(20);
        builder.PrimitiveCollection(e => e.Tags);
        builder.Ignore(e => e.IsOnline);

        builder.Property(e => e.StartsAt).HasConversion(UtcConverters.Instant);
        builder.Property(e => e.EndsAt).HasConversion(UtcConverters.Instant);

        builder.OwnsOne(e => e.Venue, venue =>
        {
            venue.Property(v => v.Name).HasMaxLength(Venue.MaxTextLength).HasColumnName("VenueName");
            venue.Property(v => v.Address).HasMaxLength(Venue.MaxTextLength).HasColumnName("VenueAddress");
            venue.Property(v => v.City).HasMaxLength(Venue.MaxTextLength).HasColumnName("VenueCity");
            venue.Property(v => v.Latitude).HasColumnName("VenueLatitude");
            venue.Property(v => v.Longitude).HasColumnName("VenueLongitude");
            venue.Ignore(v => v.Location);
            // The "near me" bounding-box prefilter runs on these.
            venue.HasIndex(v => new { v.Latitude, v.Longitude });
        });

        builder.Property<string>(SearchText).HasMaxLength(4000);
        builder.HasIndex(e => new { e.Status, e.Visibility, e.StartsAt });
        builder.HasIndex(e => e.OrganizationId);
    }
}
