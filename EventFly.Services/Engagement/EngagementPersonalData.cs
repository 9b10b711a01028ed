using EventFly.Services.Common;
using EventFly.Services.Engagement.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Engagement;

/// <summary>
/// What the person wrote and did in events' live channels, for their data export: their own posts, comments,
/// reactions, questions, upvotes, poll votes and quiz answers; never other people's, not even in the same feed.
/// </summary>
internal sealed class EngagementPersonalData(EngagementData db) : IPersonalDataSource
{
    public string Section => "engagement";

    public async Task<object> ExportAsync(Guid userId, CancellationToken cancellationToken)
    {
        var posts = await db.Posts.AsNoTracking().Where(p => p.AuthorId == userId).OrderBy(p => p.CreatedAt)
            .Select(p => new PostExport(p.Id, p.EventId, p.Body, p.CreatedAt, p.EditedAt)).ToListAsync(cancellationToken);
        var comments = await db.Comments.AsNoTracking().Where(c => c.AuthorId == userId).OrderBy(c => c.CreatedAt)
            .Select(c => new CommentExport(c.Id, c.EventId, c.PostId, c.Body, c.CreatedAt, c.Hidden, c.Deleted)).ToListAsync(cancellationToken);
        var reactions = await db.Reactions.AsNoTracking().Where(r => r.UserId == userId).OrderBy(r => r.CreatedAt)
            .Select(r => new ReactionExport(r.PostId, r.Kind, r.CreatedAt)).ToListAsync(cancellationToken);
        var questions = await db.Questions.AsNoTracking().Where(q => q.AuthorId == userId).OrderBy(q => q.CreatedAt)
            .Select(q => new QuestionExport(q.Id, q.EventId, q.Body, q.Anonymous, q.Status.ToString(), q.CreatedAt)).ToListAsync(cancellationToken);
        var upvotes = await db.QuestionVotes.AsNoTracking().Where(v => v.UserId == userId).OrderBy(v => v.At)
            .Select(v => new UpvoteExport(v.QuestionId, v.At)).ToListAsync(cancellationToken);
        var ballots = await (from b in db.Ballots
                             join p in db.Polls on b.PollId equals p.Id
                             where b.UserId == userId
                             select new { b.PollId, p.EventId, p.Question, b.OptionIds, b.CastAt }).AsNoTracking().ToListAsync(cancellationToken);
        var optionIds = ballots.SelectMany(b => b.OptionIds).Distinct().ToList();
        var options = await db.PollOptions.AsNoTracking().Where(o => optionIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Text, cancellationToken);
        var answers = await (from a in db.QuizAnswers
                             join q in db.Quizzes on a.QuizId equals q.Id
                             where a.UserId == userId
                             orderby a.AnsweredAt
                             select new QuizAnswerExport(a.QuizId, q.EventId, q.Title, a.QuestionId, a.OptionIndex, a.Correct, a.Points + a.Bonus, a.AnsweredAt))
            .AsNoTracking().ToListAsync(cancellationToken);
        return new EngagementExport(posts, comments, reactions, questions, upvotes,
            [.. ballots.OrderBy(b => b.CastAt).Select(b => new PollVoteExport(b.PollId, b.EventId, b.Question, [.. b.OptionIds.Select(id => options.GetValueOrDefault(id) ?? "")], b.CastAt))],
            answers);
    }

    private sealed record EngagementExport(
        IReadOnlyList<PostExport> Posts, IReadOnlyList<CommentExport> Comments, IReadOnlyList<ReactionExport> Reactions, IReadOnlyList<QuestionExport> Questions,
        IReadOnlyList<UpvoteExport> QuestionUpvotes, IReadOnlyList<PollVoteExport> PollVotes, IReadOnlyList<QuizAnswerExport> QuizAnswers);

    private sealed record PostExport(Guid Id, Guid EventId, string Body, DateTimeOffset CreatedAt, DateTimeOffset? EditedAt);

    private sealed record CommentExport(Guid Id, Guid EventId, Guid PostId, string Body, DateTimeOffset CreatedAt, bool Hidden, bool Deleted);

    private sealed record ReactionExport(Guid PostId, string Kind, DateTimeOffset CreatedAt);

    private sealed record QuestionExport(Guid Id, Guid EventId, string Text, bool Anonymous, string Status, DateTimeOffset CreatedAt);

    private sealed record UpvoteExport(Guid QuestionId, DateTimeOffset At);

    private sealed record PollVoteExport(Guid PollId, Guid EventId, string Question, IReadOnlyList<string> Options, DateTimeOffset CastAt);

    private sealed record QuizAnswerExport(Guid QuizId, Guid EventId, string Quiz, Guid QuestionId, int OptionIndex, bool Correct, int Points, DateTimeOffset AnsweredAt);
}
