using EventFly.Domain.Common;
using EventFly.Domain.Engagement;

namespace EventFly.Domain.Tests;

/// <summary>The Engagement context's model: feed, Q&amp;A, polls, quizzes; one partial file per part.</summary>
public sealed partial class EngagementTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid EventId = Guid.NewGuid();
    private static readonly Guid Staff = Guid.NewGuid();
    private static readonly Guid Attendee = Guid.NewGuid();

    private static string Refused(Action act) => Assert.Throws<DomainException>(act).Code;

    private static string NotFound(Action act) => Assert.Throws<NotFoundException>(act).Code;

    private static Post PublishedPost() => Post.Create(EventId, Staff, "**Welcome**", null, Now);

    private static Post ScheduledPost() => Post.Create(EventId, Staff, "Later", null, Now, Now.AddHours(1));
}
