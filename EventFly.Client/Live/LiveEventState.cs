using EventFly.Client.Contracts;

namespace EventFly.Client.Live;

/// <summary>
/// What the live page knows about one event's channel: posts, comments, questions, polls and the current quiz. Filled
/// from the REST reads and kept current by the hub's pushes; the page's sections render it and apply their own writes to
/// it, then call <see cref="NotifyChanged"/> so every section (and the tab badges) shows the same thing.
/// </summary>
public sealed class LiveEventState(Guid eventId, ServerClock clock)
{
    private readonly Dictionary<Guid, List<CommentResponse>> _comments = [];
    private readonly Dictionary<Guid, PollResultsResponse> _results = [];
    private readonly Dictionary<Guid, QuizAnswerResultResponse> _answers = [];

    public Guid EventId { get; } = eventId;

    public ServerClock Clock { get; } = clock;

    /// <summary>The caller's place, from the hub's <c>JoinEvent</c>; null until joined.</summary>
    public EngagementParticipantResponse? Participant { get; set; }

    public bool IsStaff => Participant?.IsStaff == true;

    /// <summary>Muted participants read but may not write.</summary>
    public bool CanWrite => Participant?.Muted != true;

    public List<PostResponse> Posts { get; private set; } = [];

    public int PostTotal { get; private set; }

    public List<QuestionResponse> Questions { get; private set; } = [];

    public bool ModerationOn { get; set; }

    public List<PollResponse> Polls { get; private set; } = [];

    public List<QuizResponse> Quizzes { get; private set; } = [];

    /// <summary>The quiz the Quiz tab shows: the running one, else the latest finished one.</summary>
    public QuizSnapshotResponse? Quiz { get; private set; }

    /// <summary>Raised by <see cref="NotifyChanged"/>.</summary>
    public event Action? Changed;

    public void NotifyChanged() => Changed?.Invoke();

    // ---- Feed ----

    public void SetFeed(FeedResponse feed)
    {
        Posts = [.. Ordered(feed.Items)];
        PostTotal = feed.Total;
        Polls = [.. feed.Polls];
        foreach (var poll in Polls) RememberResults(poll);
        Quizzes = [.. feed.Quizzes];
    }

    /// <summary>A later page of posts; posts already shown (pushed meanwhile) are not doubled.</summary>
    public void AppendPosts(FeedResponse page)
    {
        Posts = [.. Ordered(Posts.Concat(page.Items.Where(p => Posts.All(q => q.Id != p.Id))))];
        PostTotal = page.Total;
    }

    /// <summary>A pushed or reloaded post; a push carries nobody's reactions, so the caller's own are kept.</summary>
    public void PutPost(PostResponse post, bool pushed = false)
    {
        var index = Posts.FindIndex(p => p.Id == post.Id);
        if (index < 0)
        {
            Posts = [.. Ordered([.. Posts, post])];
            PostTotal++;
            return;
        }
        if (pushed) post = post with { MyReactions = Posts[index].MyReactions };
        Posts[index] = post;
        Posts = [.. Ordered(Posts)];
    }

    public void RemovePost(Guid postId)
    {
        if (Posts.RemoveAll(p => p.Id == postId) > 0) PostTotal--;
        _comments.Remove(postId);
    }

    public void SetReactions(Guid postId, IReadOnlyList<ReactionCountResponse> reactions, IReadOnlyList<string>? mine = null)
    {
        var index = Posts.FindIndex(p => p.Id == postId);
        if (index >= 0) Posts[index] = Posts[index] with { Reactions = reactions, MyReactions = mine ?? Posts[index].MyReactions };
    }

    /// <summary>The comments loaded for a post, oldest first; null until its thread was opened.</summary>
    public IReadOnlyList<CommentResponse>? CommentsOf(Guid postId) => _comments.GetValueOrDefault(postId);

    public void SetComments(Guid postId, IEnumerable<CommentResponse> comments) => _comments[postId] = [.. comments];

    /// <summary>A new comment (pushed, or the caller's own): counted once however often it arrives.</summary>
    public void AddComment(CommentResponse comment)
    {
        if (_comments.TryGetValue(comment.PostId, out var thread))
        {
            if (thread.Any(c => c.Id == comment.Id)) return;
            thread.Add(comment);
        }
        var index = Posts.FindIndex(p => p.Id == comment.PostId);
        if (index >= 0) Posts[index] = Posts[index] with { CommentCount = Posts[index].CommentCount + 1 };
    }

    /// <summary>Pinned first (latest pinned first), then newest: the server's order.</summary>
    private static IEnumerable<PostResponse> Ordered(IEnumerable<PostResponse> posts) =>
        posts.OrderByDescending(p => p.Pinned).ThenByDescending(p => p.PinnedAt).ThenByDescending(p => p.PublishAt).ThenByDescending(p => p.Id);

    // ---- Q&A ----

    public void SetQuestions(IEnumerable<QuestionResponse> questions) => Questions = [.. questions.Where(q => q.Status != QuestionState.Hidden || IsStaff)];

    /// <summary>
    /// A question after a change. A push is the same for everyone (no <c>mine</c>, no <c>votedByMe</c>, anonymous authors
    /// hidden), so what the caller knew of it is kept; hidden questions leave the audience's list.
    /// </summary>
    public void PutQuestion(QuestionResponse question, bool pushed = false)
    {
        var index = Questions.FindIndex(q => q.Id == question.Id);
        if (pushed && index >= 0)
        {
            var known = Questions[index];
            question = question with
            {
                Mine = known.Mine, VotedByMe = known.VotedByMe,
                AuthorId = question.AuthorId ?? known.AuthorId, AuthorName = question.AuthorName ?? known.AuthorName,
            };
        }
        if (question.Status == QuestionState.Hidden && !IsStaff)
        {
            if (index >= 0) Questions.RemoveAt(index);
            return;
        }
        if (index >= 0) Questions[index] = question;
        else Questions.Add(question);
    }

    /// <summary>Most votes first (newest first among equals), or newest first: the server's orders.</summary>
    public static IReadOnlyList<QuestionResponse> Sorted(IEnumerable<QuestionResponse> questions, string sort) =>
        sort == "newest"
            ? [.. questions.OrderByDescending(q => q.CreatedAt).ThenByDescending(q => q.Id)]
            : [.. questions.OrderByDescending(q => q.Votes).ThenByDescending(q => q.CreatedAt).ThenByDescending(q => q.Id)];

    // ---- Polls ----

    /// <summary>Open polls first, then closed ones, newest first within each; drafts only for staff (who get them from the API anyway).</summary>
    public IEnumerable<PollResponse> VisiblePolls =>
        Polls.Where(p => p.Status != PollState.Draft).OrderBy(p => p.Status == PollState.Closed).ThenByDescending(p => p.CreatedAt);

    public int OpenPollCount => Polls.Count(p => p.Status == PollState.Open && p.MyChoice is null);

    public bool Knows(Guid pollId) => Polls.Any(p => p.Id == pollId);

    public void PutPoll(PollResponse poll)
    {
        var index = Polls.FindIndex(p => p.Id == poll.Id);
        if (index >= 0) Polls[index] = poll;
        else Polls.Insert(0, poll);
        RememberResults(poll);
    }

    /// <summary>A poll read over REST carries its counts when the caller may see them: they are its results until a push brings newer ones.</summary>
    private void RememberResults(PollResponse poll)
    {
        if (poll.ResultsVisible && poll.Options.All(o => o.Votes is not null))
            _results[poll.Id] = new PollResultsResponse(poll.Id, poll.Status, poll.ClosesAt, poll.Multiple, poll.ResultsVisible, poll.TotalVotes ?? 0,
                [.. poll.Options.Select(o => new PollOptionResultResponse(o.Id, o.Text, o.Votes ?? 0))]);
    }

    public PollResultsResponse? ResultsOf(Guid pollId) => _results.GetValueOrDefault(pollId);

    /// <summary>New counts for a poll; its status (opened, closed) and whether results show follow them.</summary>
    public void ApplyResults(PollResultsResponse results)
    {
        _results[results.PollId] = results;
        var index = Polls.FindIndex(p => p.Id == results.PollId);
        if (index >= 0)
            Polls[index] = Polls[index] with { Status = results.Status, ResultsVisible = results.ResultsVisible, TotalVotes = results.TotalVotes, ClosesAt = results.ClosesAt };
    }

    // ---- Quiz ----

    /// <summary>The quiz to show: the newest running one, else the newest finished one; drafts are for the host screen.</summary>
    public QuizResponse? FeaturedQuiz =>
        Quizzes.Where(q => q.Status == QuizState.Running).OrderByDescending(q => q.CreatedAt).FirstOrDefault()
        ?? Quizzes.Where(q => q.Status == QuizState.Finished).OrderByDescending(q => q.CreatedAt).FirstOrDefault();

    public bool QuizIsOpen => Quiz is { Status: QuizState.Running, Phase: QuizQuestionPhase.Open };

    /// <summary>The caller's scored answer to a question, once given.</summary>
    public QuizAnswerResultResponse? AnswerTo(Guid questionId) => _answers.GetValueOrDefault(questionId);

    public void SetAnswer(QuizAnswerResultResponse result) => _answers[result.QuestionId] = result;

    /// <summary>
    /// A fetched quiz state; it also tells the server's time (for the countdown). A state of the quiz shown that is behind
    /// it is dropped: a fetch read before the host moved on can arrive after the push that says so.
    /// </summary>
    public void SetQuiz(QuizSnapshotResponse snapshot)
    {
        if (Quiz is { } shown && shown.QuizId == snapshot.QuizId && Progress(snapshot).CompareTo(Progress(shown)) < 0) return;
        Quiz = snapshot;
        if (snapshot is { Phase: QuizQuestionPhase.Open, Question: { } question, Remaining: { } remaining } && remaining > TimeSpan.Zero)
            Clock.ObserveRemaining(question.ClosesAt, remaining);
        var index = Quizzes.FindIndex(q => q.Id == snapshot.QuizId);
        if (index >= 0)
            Quizzes[index] = Quizzes[index] with { Status = snapshot.Status, CurrentQuestionNumber = snapshot.Question?.Number };
    }

    /// <summary>How far a quiz has got: its status, then the question's number, then that question's phase.</summary>
    private static (QuizState, int, QuizQuestionPhase) Progress(QuizSnapshotResponse quiz) =>
        (quiz.Status, quiz.Question?.Number ?? 0, quiz.Phase ?? QuizQuestionPhase.Open);

    /// <summary>A question opened (also the first of a quiz just started): it becomes the quiz shown.</summary>
    public void OpenQuestion(Guid quizId, LiveQuizQuestionResponse question)
    {
        Clock.ObserveOpened(question.OpenedAt);
        var known = Quizzes.FirstOrDefault(q => q.Id == quizId);
        var previous = Quiz?.QuizId == quizId ? Quiz : null;
        Quiz = new QuizSnapshotResponse(quizId, EventId, previous?.Title ?? known?.Title ?? "Quiz", QuizState.Running, question.QuestionCount,
            QuizQuestionPhase.Open, question, null, null, previous?.Top ?? [], previous?.Me, null);
        if (known is not null)
            Quizzes[Quizzes.IndexOf(known)] = known with { Status = QuizState.Running, CurrentQuestionNumber = question.Number };
    }

    /// <summary>The question closed: its correct option shows at once; how many chose what comes with the next fetched state.</summary>
    public void CloseQuestion(Guid quizId, Guid questionId, Guid correctOptionId)
    {
        if (Quiz is not { } quiz || quiz.QuizId != quizId || quiz.Question?.Id != questionId) return;
        Quiz = quiz with { Phase = QuizQuestionPhase.Revealed, Reveal = quiz.Reveal ?? new QuizRevealResponse(questionId, correctOptionId, []) };
    }

    public void SetLeaderboard(Guid quizId, IReadOnlyList<LeaderboardEntryResponse> top)
    {
        if (Quiz is { } quiz && quiz.QuizId == quizId) Quiz = quiz with { Top = top };
    }
}
