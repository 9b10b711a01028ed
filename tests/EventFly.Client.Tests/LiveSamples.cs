using EventFly.Client.Contracts;

namespace EventFly.Client.Tests;

/// <summary>Live-channel data as the API sends it.</summary>
internal static class LiveSamples
{
    public static readonly Guid EventId = Guid.Parse("01a2426a-6274-7e7a-9bcb-c252aa1840d8");
    public static readonly DateTimeOffset ServerNow = new(2026, 12, 11, 19, 30, 0, TimeSpan.Zero);

    public static PollResultsResponse Results(Guid pollId, params int[] votes) =>
        new(pollId, PollState.Open, null, false, true, votes.Sum(),
            [.. votes.Select((v, i) => new PollOptionResultResponse(OptionId(pollId, i), $"Option {i}", v))]);

    public static PollResponse Poll(Guid pollId, int options = 3, IReadOnlyList<Guid>? myChoice = null, bool resultsVisible = true, int[]? votes = null) =>
        new(pollId, EventId, "Which talk?", [.. Enumerable.Range(0, options).Select(i => new PollOptionResponse(OptionId(pollId, i), $"Option {i}",
                resultsVisible ? votes?[i] ?? 0 : null))],
            false, null, PollState.Open, resultsVisible ? PollResultsVisibility.Live : PollResultsVisibility.AfterClose, resultsVisible,
            resultsVisible ? votes?.Sum() ?? 0 : null, myChoice, ServerNow.AddMinutes(-5));

    /// <summary>Option ids derived from the poll's, so results and polls built apart still match.</summary>
    public static Guid OptionId(Guid pollId, int index)
    {
        var bytes = pollId.ToByteArray();
        bytes[15] = (byte)(index + 1);
        return new Guid(bytes);
    }

    public static LiveQuizQuestionResponse Question(int number = 1, int timeLimit = 20, DateTimeOffset? openedAt = null)
    {
        var opened = openedAt ?? ServerNow.AddSeconds(-5);
        return new LiveQuizQuestionResponse(Guid.NewGuid(), number, 3, "Which company created C#?",
            [new(Guid.NewGuid(), "Microsoft"), new(Guid.NewGuid(), "Sun"), new(Guid.NewGuid(), "Google"), new(Guid.NewGuid(), "Apple")],
            timeLimit, opened, opened.AddSeconds(timeLimit));
    }

    public static QuizSnapshotResponse OpenQuiz(LiveQuizQuestionResponse question, TimeSpan remaining, Guid? quizId = null) =>
        new(quizId ?? Guid.NewGuid(), EventId, ".NET trivia", QuizState.Running, question.QuestionCount, QuizQuestionPhase.Open, question, remaining, null, [], null, null);

    public static QuestionResponse Asked(string text, int votes, DateTimeOffset at, QuestionState status = QuestionState.Visible, bool mine = false) =>
        new(Guid.NewGuid(), EventId, text, votes, status, false, Guid.NewGuid(), "Grace", at, null, false, mine);
}
