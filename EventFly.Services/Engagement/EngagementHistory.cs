using System.Runtime.CompilerServices;
using EventFly.Services.Common;
using EventFly.Services.Engagement.Contracts;
using EventFly.Services.Engagement.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Engagement;

/// <summary>
/// Engagement's past as it announced it: posts in the feed, comments, reactions, questions, poll ballots and quiz answers.
/// What was taken back since (a reaction removed) is not told again.
/// </summary>
internal sealed class EngagementHistory(EngagementData db, TimeProvider time) : IIntegrationEventHistory
{
    public async IAsyncEnumerable<object> ReplayAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await foreach (var p in db.Posts.AsNoTracking().Where(p => p.PublishAt <= now).AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return new PostPublishedV1(p.Id, p.EventId, p.AuthorId, p.PublishAt);
        await foreach (var c in db.Comments.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return new CommentAddedV1(c.Id, c.PostId, c.EventId, c.AuthorId, c.CreatedAt);
        var reactions = db.Reactions.AsNoTracking().Join(db.Posts, r => r.PostId, p => p.Id, (r, p) => new { r.PostId, p.EventId, r.UserId, r.Kind, r.CreatedAt });
        await foreach (var r in reactions.AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return new ReactionAddedV1(r.PostId, r.EventId, r.UserId, r.Kind, r.CreatedAt);
        await foreach (var q in db.Questions.AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return new QuestionAskedV1(q.Id, q.EventId, q.AuthorId, q.Anonymous, false, q.CreatedAt);
        var ballots = db.Ballots.AsNoTracking().Join(db.Polls, b => b.PollId, p => p.Id, (b, p) => new { b.PollId, p.EventId, b.UserId, b.OptionIds, b.CastAt });
        await foreach (var b in ballots.AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return new PollVotedV1(b.PollId, b.EventId, b.UserId, b.OptionIds, b.CastAt);
        var answers = db.QuizAnswers.AsNoTracking().Join(db.Quizzes, a => a.QuizId, q => q.Id,
            (a, q) => new { a.QuizId, a.QuestionId, q.EventId, a.UserId, a.Correct, a.Points, a.AnsweredAt });
        await foreach (var a in answers.AsAsyncEnumerable().WithCancellation(cancellationToken))
            yield return new QuizAnsweredV1(a.QuizId, a.QuestionId, a.EventId, a.UserId, a.Correct, a.Points, a.AnsweredAt);
    }
}
