using EventFly.Domain.Feedback;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Feedback.Persistence;

/// <summary>The Feedback context's tables: participants' feedback on events, and each event's feedback settings.</summary>
internal sealed class FeedbackData(EventFlyDbContext db) : ContextData(db)
{
    public DbSet<EventFeedback> Feedback => Set<EventFeedback>();

    public DbSet<FeedbackSettings> Settings => Set<FeedbackSettings>();
}
