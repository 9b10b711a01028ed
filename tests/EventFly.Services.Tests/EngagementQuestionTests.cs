using EventFly.Domain.Common;
using EventFly.Domain.Engagement;
using EventFly.Services.Engagement.Contracts;

namespace EventFly.Services.Tests;

public sealed class EngagementQuestionTests : IAsyncLifetime
{
    private EngagementTestBed _bed = null!;

    public async ValueTask InitializeAsync() => _bed = await EngagementTestBed.CreateAsync();

    public ValueTask DisposeAsync() => _bed.DisposeAsync();

    [Fact]
    public async Task AnAnonymousQuestion_HidesItsAuthorFromOtherParticipants_ButNotFromStaffOrTheAuthor()
    {
        var asked = await _bed.Questions(q => q.AskAsync(_bed.OtherHolder, _bed.EventId, new QuestionDraft("Is the talk recorded?", true), default));

        var byOthers = await _bed.Questions(q => q.GetAsync(_bed.Holder, asked.Id, default));
        var byStaff = await _bed.Questions(q => q.GetAsync(_bed.Organizer, asked.Id, default));

        Assert.Equal((QuestionState.Visible, true, (Guid?)_bed.OtherHolderId, true), (asked.Status, asked.Anonymous, asked.AuthorId, asked.Mine));
        Assert.Equal(((Guid?)null, false), (byOthers.AuthorId, byOthers.Mine));
        Assert.Equal(_bed.OtherHolderId, byStaff.AuthorId);
        var pushed = Assert.Single(_bed.Live.Of<QuestionView>(nameof(ILiveEngagementPublisher.QuestionChangedAsync)));
        Assert.Null(pushed.AuthorId);
        Assert.Contains(await _bed.EngagementOutboxAsync(), m => m.Type == "engagement.question_asked");
    }

    [Fact]
    public async Task Upvotes_CountOncePerPerson_AndWithdrawingTakesOneBack()
    {
        var asked = await _bed.Questions(q => q.AskAsync(_bed.OtherHolder, _bed.EventId, new QuestionDraft("Slides?", false), default));

        var upvoted = await _bed.Questions(q => q.UpvoteAsync(_bed.Holder, asked.Id, default));
        var again = await Assert.ThrowsAsync<DomainException>(() => _bed.Questions(q => q.UpvoteAsync(_bed.Holder, asked.Id, default)));
        var own = await Assert.ThrowsAsync<DomainException>(() => _bed.Questions(q => q.UpvoteAsync(_bed.OtherHolder, asked.Id, default)));
        await _bed.Questions(q => q.UpvoteAsync(_bed.Organizer, asked.Id, default));

        Assert.Equal((1, true), (upvoted.Votes, upvoted.VotedByMe));
        Assert.Equal(EngagementErrors.AlreadyUpvoted, again.Code);
        Assert.Equal(EngagementErrors.CannotUpvoteOwnQuestion, own.Code);
        Assert.Equal(2, (await _bed.Questions(q => q.GetAsync(_bed.Holder, asked.Id, default))).Votes);

        var withdrawn = await _bed.Questions(q => q.WithdrawUpvoteAsync(_bed.Holder, asked.Id, default));
        var twice = await _bed.Questions(q => q.WithdrawUpvoteAsync(_bed.Holder, asked.Id, default));
        Assert.Equal((1, false), (withdrawn.Votes, withdrawn.VotedByMe));
        Assert.Equal(1, twice.Votes);
    }

    [Fact]
    public async Task ManyParallelUpvotesOfOnePerson_CountOnce()
    {
        var asked = await _bed.Questions(q => q.AskAsync(_bed.OtherHolder, _bed.EventId, new QuestionDraft("Parallel?", false), default));

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ =>
        {
            try
            {
                await _bed.Questions(q => q.UpvoteAsync(_bed.Holder, asked.Id, default));
                return "ok";
            }
            catch (DomainException ex)
            {
                return ex.Code;
            }
        }));

        Assert.Single(results, r => r == "ok");
        Assert.All(results.Where(r => r != "ok"), r => Assert.Equal(EngagementErrors.AlreadyUpvoted, r));
        Assert.Equal(1, (await _bed.Questions(q => q.GetAsync(_bed.Holder, asked.Id, default))).Votes);
    }

    [Fact]
    public async Task WithModerationOn_NewQuestionsWaitForApproval_SeenOnlyByStaffAndTheirAuthor()
    {
        var early = await _bed.Questions(q => q.AskAsync(_bed.Holder, _bed.EventId, new QuestionDraft("Before moderation", false), default));
        var settings = await _bed.Questions(q => q.SetModerationAsync(_bed.Organizer, _bed.EventId, true, default));
        await Assert.ThrowsAsync<ForbiddenException>(() => _bed.Questions(q => q.SetModerationAsync(_bed.Holder, _bed.EventId, false, default)));
        _bed.Time.Advance(TimeSpan.FromSeconds(1));

        var pending = await _bed.Questions(q => q.AskAsync(_bed.OtherHolder, _bed.EventId, new QuestionDraft("Under moderation", false), default));

        Assert.True(settings.ModerationOn);
        Assert.True((await _bed.Questions(q => q.GetSettingsAsync(_bed.Holder, _bed.EventId, default))).ModerationOn);
        Assert.Equal(QuestionState.Pending, pending.Status);
        Assert.Equal([early.Id], await ListAsync(_bed.Holder, QuestionSort.Newest));
        Assert.Equal([pending.Id, early.Id], await ListAsync(_bed.OtherHolder, QuestionSort.Newest));
        Assert.Equal([pending.Id, early.Id], await ListAsync(_bed.Organizer, QuestionSort.Newest));
        await Assert.ThrowsAsync<NotFoundException>(() => _bed.Questions(q => q.UpvoteAsync(_bed.Holder, pending.Id, default)));

        await _bed.Questions(q => q.ApproveAsync(_bed.Organizer, pending.Id, default));
        await _bed.Questions(q => q.UpvoteAsync(_bed.Holder, pending.Id, default));

        Assert.Equal([pending.Id, early.Id], await ListAsync(_bed.Holder, QuestionSort.Votes));
        Assert.Equal([pending.Id, early.Id], await ListAsync(_bed.Holder, QuestionSort.Newest));
    }

    [Fact]
    public async Task Moderators_MarkAnsweredAndHide_AndTheAudienceNoLongerSeesHiddenOnes()
    {
        var first = await _bed.Questions(q => q.AskAsync(_bed.Holder, _bed.EventId, new QuestionDraft("First", false), default));
        _bed.Time.Advance(TimeSpan.FromSeconds(1));
        var second = await _bed.Questions(q => q.AskAsync(_bed.Holder, _bed.EventId, new QuestionDraft("Second", false), default));

        var answered = await _bed.Questions(q => q.MarkAnsweredAsync(_bed.Organizer, first.Id, default));
        await _bed.Questions(q => q.HideAsync(_bed.Organizer, second.Id, default));
        await Assert.ThrowsAsync<ForbiddenException>(() => _bed.Questions(q => q.HideAsync(_bed.Holder, first.Id, default)));

        Assert.Equal(QuestionState.Answered, answered.Status);
        Assert.Equal([first.Id], await ListAsync(_bed.OtherHolder, QuestionSort.Newest));
        Assert.Equal([first.Id], await ListAsync(_bed.Holder, QuestionSort.Newest));
        Assert.Equal([second.Id, first.Id], await ListAsync(_bed.Organizer, QuestionSort.Newest));
        Assert.Equal(QuestionState.Hidden, _bed.Live.Of<QuestionView>(nameof(ILiveEngagementPublisher.QuestionChangedAsync))[^1].Status);
    }

    private async Task<IEnumerable<Guid>> ListAsync(Services.Common.Actor caller, QuestionSort sort) =>
        (await _bed.Questions(q => q.ListAsync(caller, _bed.EventId, sort, 1, 50, default))).Items.Select(q => q.Id);
}
