using EventFly.Domain.Engagement;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EventFly.Services.Engagement.Configurations;

internal sealed class BallotConfiguration : IEntityTypeConfiguration<Ballot>
{
    /// <summary>One ballot per person and poll; a second insert fails on it (409 <c>already_voted</c>).</summary>
    public const string OnePerUser = "UX_EngagementBallots_PollId_UserId";

    public void Configure(EntityTypeBuilder<Ballot> builder)
    {
        builder.ToTable("EngagementBallots");
        builder.Property(b => b.Id).ValueGeneratedNever();
        // The chosen option ids as a JSON array (a primitive collection on both providers).
        builder.PrimitiveCollection(b => b.OptionIds).IsRequired();
        builder.Property(b => b.CastAt).HasConversion(UtcConverters.Instant);
        builder.HasIndex(b => new { b.PollId, b.UserId }).IsUnique().HasDatabaseName(OnePerUser);
        builder.HasOne<Poll>().WithMany().HasForeignKey(b => b.PollId).OnDelete(DeleteBehavior.Cascade);
    }
}
