using EventFly.Services.Common;
using EventFly.Services.Feedback.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Feedback;

/// <summary>The person's feedback on events (ratings, comment, the organizer's reply to it), for their data export.</summary>
internal sealed class FeedbackPersonalData(FeedbackData db) : IPersonalDataSource
{
    public string Section => "feedback";

    public async Task<object> ExportAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.Feedback.AsNoTracking().Where(f => f.UserId == userId).OrderBy(f => f.CreatedAt)
            .Select(f => new FeedbackExport(f.Id, f.EventId, f.Rating, f.ContentRating, f.VenueRating, f.OrganizationRating, f.Comment, f.CreatedAt,
                f.UpdatedAt, f.Reply, f.RepliedAt))
            .ToListAsync(cancellationToken);

    private sealed record FeedbackExport(
        Guid Id, Guid EventId, int Rating, int? ContentRating, int? VenueRating, int? OrganizationRating, string? Comment, DateTimeOffset CreatedAt,
        DateTimeOffset? UpdatedAt, string? Reply, DateTimeOffset? RepliedAt);
}
