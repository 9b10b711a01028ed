using EventFly.Client.Contracts;
using EventFly.Client.Live;

namespace EventFly.Client.Tests;

public sealed class LiveEventStateTests
{
    private readonly LiveEventState _state = new(LiveSamples.EventId, new ServerClock(TimeProvider.System));

    [Fact]
    public void APushedPost_KeepsTheCallersReactions_AndThePinnedOrder()
    {
        var pinned = Post("Pinned", DateTimeOffset.UtcNow.AddHours(-2)) with { Pinned = true, PinnedAt = DateTimeOffset.UtcNow };
        var older = Post("Older", DateTimeOffset.UtcNow.AddHours(-1)) with { MyReactions = ["party"] };
        _state.SetFeed(new FeedResponse([older, pinned], 2, [], []));

        _state.PutPost(Post("Newest", DateTimeOffset.UtcNow), pushed: true);
        _state.PutPost(older with { MyReactions = [], Body = "Older, edited" }, pushed: true);

        Assert.Equal(["Pinned", "Newest", "Older, edited"], _state.Posts.Select(p => p.Body));
        Assert.Equal(["party"], _state.Posts[2].MyReactions);
        Assert.Equal(3, _state.PostTotal);
    }

    [Fact]
    public void AComment_IsCountedOnce_HoweverOftenItArrives()
    {
        var post = Post("Hi", DateTimeOffset.UtcNow);
        _state.SetFeed(new FeedResponse([post], 1, [], []));
        _state.SetComments(post.Id, []);
        var comment = new CommentResponse(Guid.NewGuid(), post.Id, LiveSamples.EventId, Guid.NewGuid(), "Ada", "Hello", DateTimeOffset.UtcNow, false);

        _state.AddComment(comment);
        _state.AddComment(comment);

        Assert.Single(_state.CommentsOf(post.Id)!);
        Assert.Equal(1, _state.Posts[0].CommentCount);
    }

    [Fact]
    public void AHiddenQuestion_LeavesTheAudiencesList()
    {
        var question = LiveSamples.Asked("Off topic", 0, DateTimeOffset.UtcNow);
        _state.SetQuestions([question]);

        _state.PutQuestion(question with { Status = QuestionState.Hidden }, pushed: true);

        Assert.Empty(_state.Questions);
    }

    [Fact]
    public void PollResults_CarryTheirPollsStatus()
    {
        var pollId = Guid.NewGuid();
        _state.PutPoll(LiveSamples.Poll(pollId, votes: [0, 0, 0]));

        _state.ApplyResults(LiveSamples.Results(pollId, 2, 1, 0) with { Status = PollState.Closed });

        Assert.Equal(PollState.Closed, _state.Polls[0].Status);
        Assert.Equal(3, _state.ResultsOf(pollId)!.TotalVotes);
        Assert.Equal(0, _state.OpenPollCount);
    }

    [Fact]
    public void AQuizQuestion_OpensThenClosesWithItsCorrectOption()
    {
        var quizId = Guid.NewGuid();
        var question = LiveSamples.Question();

        _state.OpenQuestion(quizId, question);
        Assert.True(_state.QuizIsOpen);
        _state.CloseQuestion(quizId, question.Id, question.Options[2].Id);

        Assert.Equal(QuizQuestionPhase.Revealed, _state.Quiz!.Phase);
        Assert.Equal(question.Options[2].Id, _state.Quiz.Reveal!.CorrectOptionId);
    }

    [Fact]
    public void TheServersClock_IsTheDevicesPlusTheMeasuredOffset()
    {
        var device = new ManualTimeProvider(LiveSamples.ServerNow.AddMinutes(3));
        var clock = new ServerClock(device);

        clock.ObserveRemaining(LiveSamples.ServerNow.AddSeconds(20), TimeSpan.FromSeconds(20));
        device.Now += TimeSpan.FromSeconds(5);

        Assert.Equal(TimeSpan.FromSeconds(15), clock.Remaining(LiveSamples.ServerNow.AddSeconds(20)));
        Assert.Equal(TimeSpan.Zero, clock.Remaining(LiveSamples.ServerNow));
    }

    private static PostResponse Post(string body, DateTimeOffset at) =>
        new(Guid.NewGuid(), LiveSamples.EventId, Guid.NewGuid(), "Mia", body, $"<p>{body}</p>", null, at, at, null, false, null, false, [], [], 0);

    [Fact]
    public void AQuizStateFetchedBeforeTheHostMovedOn_DoesNotUndoTheQuestionPushedSince()
    {
        var quizId = Guid.NewGuid();
        var first = LiveSamples.Question(number: 1);
        _state.SetQuiz(LiveSamples.OpenQuiz(first, TimeSpan.FromSeconds(10), quizId));
        var second = LiveSamples.Question(number: 2);
        _state.OpenQuestion(quizId, second);

        // The first question's reveal, read just before the host opened the second, arrives after its push.
        _state.SetQuiz(LiveSamples.OpenQuiz(first, TimeSpan.Zero, quizId) with { Phase = QuizQuestionPhase.Revealed });

        Assert.Equal(second.Id, _state.Quiz!.Question!.Id);
        Assert.Equal(QuizQuestionPhase.Open, _state.Quiz.Phase);
        _state.SetQuiz(LiveSamples.OpenQuiz(second, TimeSpan.Zero, quizId) with { Phase = QuizQuestionPhase.Revealed });
        Assert.Equal(QuizQuestionPhase.Revealed, _state.Quiz.Phase);
    }
}
