using EventFly.Domain.Common;
using EventFly.Domain.Engagement;
using EventFly.Services.Engagement.Contracts;

namespace EventFly.Services.Tests;

public sealed class EngagementQuestionTests : EngagementServiceTests
{
    [Fact]
    public async Task AnAnonymousQuestion_HidesItsAuthorFromOtherParticipants_ButNotFromStaffOrTheAuthor()
    {
        var asked = await Bed.Questions(q => q.AskAsync(Bed.OtherHolder, Bed.EventId, new QuestionDraft("Is the talk recorded?", true), default));

        var byOthers = await Bed.Questions(q => q.GetAsync(Bed.Holder, asked.Id, default));
        var byStaff = await Bed.Questions(q => q.GetAsync(Bed.Organizer, asked.Id, default));

        Assert.Equal((QuestionState.Visible, true, (Guid?)Bed.OtherHolderId, true), (asked.Status, asked.Anonymous, asked.AuthorId, asked.Mine));
        Assert.Equal(((Guid?)null, false), (byOthers.AuthorId, byOthers.Mine));
        Assert.Equal(Bed.OtherHolderId, byStaff.AuthorId);
        var pushed = Assert.Single(Bed.Live.Of<QuestionView>(nameof(ILiveEngagementPublisher.QuestionChangedAsync)));
        Assert.Null(pushed.AuthorId);
        Assert.Contains(await Bed.EngagementOutboxAsync(), m => m.Type == "engagement.question_asked");
    }

    [Fact]
    public async Task Upvotes_CountOncePerPerson_AndWithdrawingTakesOneBack()
    {
        var asked = await Bed.Questions(q => q.AskAsync(Bed.OtherHolder, Bed.EventId, new QuestionDraft("Slides?", false), default));

        var upvoted = await Bed.Questions(q => q.UpvoteAsync(Bed.Holder, asked.Id, default));
        var again = await Assert.ThrowsAsync<DomainException>(() => Bed.Questions(q => q.UpvoteAsync(Bed.Holder, asked.Id, default)));
        var own = await Assert.ThrowsAsync<DomainException>(() => Bed.Questions(q => q.UpvoteAsync(Bed.OtherHolder, asked.Id, default)));
        await Bed.Questions(q => q.UpvoteAsync(Bed.Organizer, asked.Id, default));

        Assert.Equal((1, true), (upvoted.Votes, upvoted.VotedByMe));
        Assert.Equal(EngagementErrors.AlreadyUpvoted, again.Code);
        Assert.Equal(EngagementErrors.CannotUpvoteOwnQuestion, own.Code);
        Assert.Equal(2, (await Bed.Questions(q => q.GetAsync(Bed.Holder, asked.Id, default))).Votes);

        var withdrawn = await Bed.Questions(q => q.WithdrawUpvoteAsync(Bed.Holder, asked.Id, default));
        var twice = await Bed.Questions(q => q.WithdrawUpvoteAsync(Bed.Holder, asked.Id, default));
        Assert.Equal((1, false), (withdrawn.Votes, withdrawn.VotedByMe));
        Assert.Equal(1, twice.Votes);
    }

    [Fact]
    public async Task ManyParallelUpvotesOfOnePerson_CountOnce()
    {
        var asked = await Bed.Questions(q => q.AskAsync(Bed.OtherHolder, Bed.EventId, new QuestionDraft("Parallel?", false), default));

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ =>
        {
            try
            {
                await Bed.Questions(q => q.UpvoteAsync(Bed.Holder, asked.Id, default));
                return "ok";
            }
            catch (DomainException ex)
            {
                return ex.Code;
            }
        }));

        Assert.Single(results, r => r == "ok");
        Assert.All(results.Where(r => r != "ok"), r => Assert.Equal(EngagementErrors.AlreadyUpvoted, r));
        Assert.Equal(1, (await Bed.Questions(q => q.GetAsync(Bed.Holder, asked.Id, default))).Votes);
    }

    [Fact]
    public async Task WithModerationOn_NewQuestionsWaitForApproval_SeenOnlyByStaffAndTheirAuthor()
    {
        var early = await Bed.Questions(q => q.AskAsync(Bed.Holder, Bed.EventId, new QuestionDraft("Before moderation", false), default));
        var settings = await Bed.Questions(q => q.SetModerationAsync(Bed.Organizer, Bed.EventId, true, default));
        await Assert.ThrowsAsync<ForbiddenException>(() => Bed.Questions(q => q.SetModerationAsync(Bed.Holder, Bed.EventId, false, default)));
        Bed.Time.Advance(TimeSpan.FromSeconds(1));

        var pending = await Bed.Questions(q => q.AskAsync(Bed.OtherHolder, Bed.EventId, new QuestionDraft("Under moderation", false), default));

        Assert.True(settings.ModerationOn);
        Assert.True((await Bed.Questions(q => q.GetSettingsAsync(Bed.Holder, Bed.EventId, default))).ModerationOn);
        Assert.Equal(QuestionState.Pending, pending.Status);
        Assert.Equal([early.Id], await ListAsync(Bed.Holder, QuestionSort.Newest));
        Assert.Equal([pending.Id, early.Id], await ListAsync(Bed.OtherHolder, QuestionSort.Newest));
        Assert.Equal([pending.Id, early.Id], await ListAsync(Bed.Organizer, QuestionSort.Newest));
        await Assert.ThrowsAsync<NotFoundException>(() => Bed.Questions(q => q.UpvoteAsync(Bed.Holder, pending.Id, default)));

        await Bed.Questions(q => q.ApproveAsync(Bed.Organizer, pending.Id, default));
        await Bed.Questions(q => q.UpvoteAsync(Bed.Holder, pending.Id, default));

        Assert.Equal([pending.Id, early.Id], await ListAsync(Bed.Holder, QuestionSort.Votes));
        Assert.Equal([pending.Id, early.Id], await ListAsync(Bed.Holder, QuestionSort.Newest));
    }

    [Fact]
    public async Task Moderators_MarkAnsweredAndHide_AndTheAudienceNoLongerSeesHiddenOnes()
    {
        var first = await Bed.Questions(q => q.AskAsync(Bed.Holder, Bed.EventId, new QuestionDraft("First", false), default));
        Bed.Time.Advance(TimeSpan.FromSeconds(1));
        var second = await Bed.Questions(q => q.AskAsync(Bed.Holder, Bed.EventId, new QuestionDraft("Second", false), default));

        var answered = await Bed.Questions(q => q.MarkAnsweredAsync(Bed.Organizer, first.Id, default));
        await Bed.Questions(q => q.HideAsync(Bed.Organizer, second.Id, default));
        await Assert.ThrowsAsync<ForbiddenException>(() => Bed.Questions(q => q.HideAsync(Bed.Holder, first.Id, default)));

        Assert.Equal(QuestionState.Answered, answered.Status);
        Assert.Equal([first.Id], await ListAsync(Bed.OtherHolder, QuestionSort.Newest));
        Assert.Equal([first.Id], await ListAsync(Bed.Holder, QuestionSort.Newest));
        Assert.Equal([second.Id, first.Id], await ListAsync(Bed.Organizer, QuestionSort.Newest));
        Assert.Equal(QuestionState.Hidden, Bed.Live.Of<QuestionView>(nameof(ILiveEngagementPublisher.QuestionChangedAsync))[^1].Status);
    }

    private async Task<IEnumerable<Guid>> ListAsync(Services.Common.Actor caller, QuestionSort sort) =>
        (await Bed.Questions(q => q.ListAsync(caller, Bed.EventId, sort, 1, 50, default))).Items.Select(q => q.Id);
}
