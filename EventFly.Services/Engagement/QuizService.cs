using EventFly.Domain.Common;
using EventFly.Domain.Engagement;
using EventFly.Services.Common;
using EventFly.Services.Engagement.Configurations;
using EventFly.Services.Engagement.Contracts;
using EventFly.Services.Engagement.Persistence;
using EventFly.Services.Outbox;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Engagement;

internal sealed class QuizService(
    EngagementData db, EngagementAccess access, EngagementWrites writes, EngagementViews views, LivePush live, TimeProvider time) : IQuizService
{
    /// <summary>Places shown after a reveal and to late joiners.</summary>
    public const int TopPlaces = 10;

    public async Task<QuizView> CreateAsync(Actor actor, Guid eventId, QuizDraft draft, CancellationToken cancellationToken)
    {
        await access.ModeratorAsync(actor, eventId, cancellationToken);
        var specs = (draft.Questions ?? []).Select(q => new QuizQuestionSpec(q.Text, q.Options, q.CorrectOptionIndex, q.TimeLimitSeconds)).ToList();
        var quiz = Quiz.Create(eventId, draft.Title, specs, time.GetUtcNow());
        db.Add(quiz);
        await writes.SaveAsync(cancellationToken);
        return ToView(quiz, isStaff: true);
    }

    public async Task<QuizView> GetAsync(Actor actor, Guid quizId, CancellationToken cancellationToken)
    {
        var (quiz, reader) = await ReadAsync(actor, quizId, cancellationToken);
        return ToView(quiz, reader.IsStaff);
    }

    public async Task<IReadOnlyList<QuizView>> ListForEventAsync(Actor actor, Guid eventId, CancellationToken cancellationToken)
    {
        var reader = await access.JoinAsync(actor, eventId, cancellationToken);
        var quizzes = await db.Quizzes.AsNoTracking().Include(q => q.Questions).ThenInclude(q => q.Options)
            .Where(q => q.EventId == eventId && (reader.IsStaff || q.Status != QuizStatus.Draft))
            .OrderByDescending(q => q.CreatedAt).ThenByDescending(q => q.Id).AsSplitQuery().ToListAsync(cancellationToken);
        return [.. quizzes.Select(q => ToView(q, reader.IsStaff))];
    }

    public async Task<QuizSnapshot> NextAsync(Actor actor, Guid quizId, CancellationToken cancellationToken)
    {
        var quiz = await QuizAsync(quizId, tracked: true, cancellationToken);
        var host = await access.ModeratorAsync(actor, quiz.EventId, cancellationToken);
        var now = time.GetUtcNow();
        var revealed = quiz.CurrentQuestion;
        if (quiz.Status == QuizStatus.Draft)
        {
            quiz.Start(now);
            revealed = null;
        }
        else if (!quiz.RevealCurrent(now))
        {
            revealed = null;
        }
        if (quiz.HasNextQuestion) quiz.OpenNextQuestion(now);
        else quiz.Finish(now);
        // A concurrent step (a second click, the reveal timer) makes this save fail on the quiz's state: 409, nothing applied.
        await writes.SaveAsync(cancellationToken);

        if (revealed is not null) await PushRevealAsync(quiz, revealed, cancellationToken);
        if (quiz.Status == QuizStatus.Finished && revealed is null) await PushLeaderboardAsync(quiz, cancellationToken);
        if (quiz.QuestionState == QuizQuestionState.Open && LiveQuestionOf(quiz) is { } opened)
            await live.SendAsync("QuizQuestionOpened", (p, ct) => p.QuizQuestionOpenedAsync(quiz.EventId, quiz.Id, opened, ct));
        return await SnapshotAsync(quiz, host.UserId, now, cancellationToken);
    }

    public async Task<QuizSnapshot> RevealAsync(Actor actor, Guid quizId, CancellationToken cancellationToken)
    {
        var quiz = await QuizAsync(quizId, tracked: true, cancellationToken);
        var host = await access.ModeratorAsync(actor, quiz.EventId, cancellationToken);
        var now = time.GetUtcNow();
        if (quiz.RevealCurrent(now))
        {
            await writes.SaveAsync(cancellationToken);
            await PushRevealAsync(quiz, quiz.CurrentQuestion!, cancellationToken);
        }
        return await SnapshotAsync(quiz, host.UserId, now, cancellationToken);
    }

    public async Task<QuizAnswerResult> AnswerAsync(Actor actor, Guid quizId, Guid questionId, Guid optionId, CancellationToken cancellationToken)
    {
        var quiz = await QuizAsync(quizId, tracked: false, cancellationToken);
        var player = await access.WriterAsync(actor, quiz.EventId, cancellationToken);
        if (quiz.Status == QuizStatus.Draft && !player.IsStaff) throw UnknownQuiz();
        var now = time.GetUtcNow();
        var question = quiz.Questions.FirstOrDefault(q => q.Id == questionId);
        // An unknown option is refused by the quiz after its timing checks (index -1).
        var optionIndex = question?.Options.FirstOrDefault(o => o.Id == optionId)?.Position ?? -1;
        var already = await db.QuizAnswers.AnyAsync(a => a.QuestionId == questionId && a.UserId == player.UserId, cancellationToken);
        var streakBefore = question is null || question.Position == 0 ? 0 : await StreakBeforeAsync(quiz, question.Position, player.UserId, cancellationToken);
        var answer = quiz.Answer(player.UserId, questionId, optionIndex, streakBefore, now, already);
        var position = question!.Position;

        await using (var transaction = await writes.BeginAsync(cancellationToken))
        {
            // The host may have revealed (or moved on) since the quiz was read: checked again inside the write.
            if (!await db.Quizzes.AnyAsync(q => q.Id == quizId && q.CurrentQuestionIndex == position && q.QuestionState == QuizQuestionState.Open,
                    cancellationToken))
                throw await writes.RefuseAsync(transaction, new DomainException(EngagementErrors.QuestionNotOpen, "This question is not open."), cancellationToken);
            db.Add(answer);
            db.Add(IntegrationEvents.ToOutbox(new QuizAnsweredV1(quiz.Id, questionId, quiz.EventId, player.UserId, answer.Correct, answer.Points, now)));
            await writes.SaveOnceAsync(transaction, QuizAnswerConfiguration.OnePerUser, EngagementErrors.AlreadyAnswered, "You already answered this question.",
                cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        return new QuizAnswerResult(questionId, answer.Correct, answer.Points, answer.Bonus, answer.Streak);
    }

    public async Task<IReadOnlyList<LeaderboardEntryView>> GetLeaderboardAsync(Actor actor, Guid quizId, CancellationToken cancellationToken)
    {
        await ReadAsync(actor, quizId, cancellationToken);
        var board = await LeaderboardAsync(quizId, cancellationToken);
        return await ToViewsAsync(board.Entries, cancellationToken);
    }

    public async Task<QuizSnapshot> GetStateAsync(Actor actor, Guid quizId, CancellationToken cancellationToken)
    {
        var (quiz, reader) = await ReadAsync(actor, quizId, cancellationToken);
        return await SnapshotAsync(quiz, reader.UserId, time.GetUtcNow(), cancellationToken);
    }

    /// <summary>Reveals the open question of one quiz once its time is up (the job); false when not due or another container did.</summary>
    internal async Task<bool> RevealIfDueAsync(Guid quizId, CancellationToken cancellationToken)
    {
        var quiz = await QuizAsync(quizId, tracked: true, cancellationToken);
        var now = time.GetUtcNow();
        if (quiz.RemainingTime(now) != TimeSpan.Zero || !quiz.RevealCurrent(now)) return false;
        try
        {
            await writes.SaveAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
        await PushRevealAsync(quiz, quiz.CurrentQuestion!, cancellationToken);
        return true;
    }

    /// <summary>The player's streak after the question just before this one; 0 if they missed it (QuizScoring's rule).</summary>
    private async Task<int> StreakBeforeAsync(Quiz quiz, int position, Guid userId, CancellationToken cancellationToken)
    {
        var previous = quiz.Questions.Single(q => q.Position == position - 1).Id;
        return await db.QuizAnswers.Where(a => a.QuestionId == previous && a.UserId == userId).Select(a => a.Streak).SingleOrDefaultAsync(cancellationToken);
    }

    private async Task PushRevealAsync(Quiz quiz, QuizQuestion question, CancellationToken cancellationToken)
    {
        await live.SendAsync("QuizQuestionClosed", (p, ct) => p.QuizQuestionClosedAsync(quiz.EventId, quiz.Id, question.Id, question.CorrectOptionId, ct));
        await PushLeaderboardAsync(quiz, cancellationToken);
    }

    private async Task PushLeaderboardAsync(Quiz quiz, CancellationToken cancellationToken)
    {
        var top = await ToViewsAsync((await LeaderboardAsync(quiz.Id, cancellationToken)).Top(TopPlaces), cancellationToken);
        await live.SendAsync("LeaderboardUpdated", (p, ct) => p.LeaderboardUpdatedAsync(quiz.EventId, quiz.Id, top, ct));
    }

    private async Task<QuizSnapshot> SnapshotAsync(Quiz quiz, Guid viewerId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var board = await LeaderboardAsync(quiz.Id, cancellationToken);
        var top = await ToViewsAsync(board.Top(TopPlaces), cancellationToken);
        var me = board.EntryOf(viewerId) is { } entry ? (await ToViewsAsync([entry], cancellationToken))[0] : null;
        var current = quiz.CurrentQuestion;
        Guid? myAnswer = null;
        QuizReveal? reveal = null;
        if (current is not null)
        {
            var answers = await db.QuizAnswers.AsNoTracking().Where(a => a.QuestionId == current.Id).GroupBy(a => a.OptionIndex)
                .Select(g => new { Index = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Index, g => g.Count, cancellationToken);
            var mine = await db.QuizAnswers.AsNoTracking().Where(a => a.QuestionId == current.Id && a.UserId == viewerId)
                .Select(a => (int?)a.OptionIndex).SingleOrDefaultAsync(cancellationToken);
            myAnswer = mine is { } index ? current.Options.Single(o => o.Position == index).Id : null;
            if (quiz.QuestionState == QuizQuestionState.Revealed)
                reveal = new QuizReveal(current.Id, current.CorrectOptionId,
                    [.. current.Options.Select(o => new QuizOptionCount(o.Id, answers.GetValueOrDefault(o.Position)))]);
        }
        return new QuizSnapshot(
            quiz.Id, quiz.EventId, quiz.Title, EngagementViews.StateOf(quiz.Status), quiz.Questions.Count,
            quiz.QuestionState is { } state ? EngagementViews.PhaseOf(state) : null, LiveQuestionOf(quiz), quiz.RemainingTime(now), reveal, top, me, myAnswer);
    }

    /// <summary>The current question as players see it (never its correct option); null before the first opens.</summary>
    private static LiveQuizQuestion? LiveQuestionOf(Quiz quiz) =>
        quiz.CurrentQuestion is { } q && quiz.QuestionOpenedAt is { } openedAt
            ? new LiveQuizQuestion(q.Id, q.Position + 1, quiz.Questions.Count, q.Text, [.. q.Options.Select(o => new QuizOptionView(o.Id, o.Text))],
                q.TimeLimitSeconds, openedAt, openedAt + q.TimeLimit)
            : null;

    private async Task<QuizLeaderboard> LeaderboardAsync(Guid quizId, CancellationToken cancellationToken)
    {
        var answers = await db.QuizAnswers.AsNoTracking().Where(a => a.QuizId == quizId)
            .Select(a => new { a.UserId, a.Points, a.Correct, a.AnsweredAt }).ToListAsync(cancellationToken);
        return QuizLeaderboard.From(answers.GroupBy(a => a.UserId).Select(g => new QuizPlayerTotal(
            g.Key, g.Sum(a => a.Points), g.Where(a => a.Correct).Select(a => (DateTimeOffset?)a.AnsweredAt).Max())));
    }

    private async Task<IReadOnlyList<LeaderboardEntryView>> ToViewsAsync(IReadOnlyList<LeaderboardEntry> entries, CancellationToken cancellationToken)
    {
        var names = await views.NamesAsync(entries.Select(e => e.UserId), cancellationToken);
        return [.. entries.Select(e => new LeaderboardEntryView(e.Rank, e.UserId, names.GetValueOrDefault(e.UserId), e.Points))];
    }

    private static QuizView ToView(Quiz quiz, bool isStaff) =>
        new(quiz.Id, quiz.EventId, quiz.Title, EngagementViews.StateOf(quiz.Status), quiz.Questions.Count, quiz.CurrentQuestionIndex + 1, quiz.CreatedAt,
            isStaff
                ? [.. quiz.Questions.Select(q => new QuizQuestionView(q.Id, q.Position + 1, q.Text, [.. q.Options.Select(o => new QuizOptionView(o.Id, o.Text))],
                    q.CorrectOptionId, q.TimeLimitSeconds))]
                : []);

    /// <summary>A quiz for a participant: drafts exist only for staff.</summary>
    private async Task<(Quiz Quiz, EngagementParticipant Reader)> ReadAsync(Actor actor, Guid quizId, CancellationToken cancellationToken)
    {
        var quiz = await QuizAsync(quizId, tracked: false, cancellationToken);
        var reader = await access.JoinAsync(actor, quiz.EventId, cancellationToken);
        return quiz.Status == QuizStatus.Draft && !reader.IsStaff ? throw UnknownQuiz() : (quiz, reader);
    }

    private async Task<Quiz> QuizAsync(Guid quizId, bool tracked, CancellationToken cancellationToken)
    {
        var quizzes = tracked ? db.Quizzes : db.Quizzes.AsNoTracking();
        return await quizzes.Include(q => q.Questions).ThenInclude(q => q.Options).AsSplitQuery().SingleOrDefaultAsync(q => q.Id == quizId, cancellationToken)
            ?? throw UnknownQuiz();
    }

    private static NotFoundException UnknownQuiz() => new(EngagementErrors.UnknownQuiz, "That quiz does not exist.");
}
