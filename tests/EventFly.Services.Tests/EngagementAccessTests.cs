using EventFly.Domain.Common;
using EventFly.Domain.Engagement;
using EventFly.Services.Common;
using EventFly.Services.Engagement.Contracts;

namespace EventFly.Services.Tests;

public sealed class EngagementAccessTests : IAsyncLifetime
{
    private EngagementTestBed _bed = null!;

    public async ValueTask InitializeAsync() => _bed = await EngagementTestBed.CreateAsync();

    public ValueTask DisposeAsync() => _bed.DisposeAsync();

    [Fact]
    public async Task Join_AdmitsStaffAsStaff_AndTicketHoldersAsAudience()
    {
        var staff = await _bed.Access(a => a.JoinAsync(_bed.Organizer, _bed.EventId, default));
        var holder = await _bed.Access(a => a.JoinAsync(_bed.Holder, _bed.EventId, default));

        Assert.Equal((EngagementRole.Staff, true, false), (staff.Role, staff.CanModerate, staff.Muted));
        Assert.Equal((EngagementRole.Audience, false, false), (holder.Role, holder.CanModerate, holder.Muted));
    }

    [Fact]
    public async Task Join_RefusesStrangersAndAnonymousCallers_With403()
    {
        var stranger = await Assert.ThrowsAsync<ForbiddenException>(() => _bed.Access(a => a.JoinAsync(_bed.Stranger, _bed.EventId, default)));
        var anonymous = await Assert.ThrowsAsync<ForbiddenException>(() => _bed.Access(a => a.JoinAsync(Actor.Anonymous, _bed.EventId, default)));

        Assert.Equal(EngagementErrors.NotAParticipant, stranger.Code);
        Assert.Equal("forbidden", anonymous.Code);
    }

    [Fact]
    public async Task ADraftEvent_DoesNotExist_ForAnyoneButItsStaff()
    {
        foreach (var caller in new[] { _bed.Holder, _bed.Stranger, Actor.Anonymous })
        {
            var refused = await Assert.ThrowsAsync<NotFoundException>(() => _bed.Access(a => a.JoinAsync(caller, _bed.DraftEventId, default)));
            Assert.Equal("unknown_event", refused.Code);
            await Assert.ThrowsAsync<NotFoundException>(() => _bed.Feed(f => f.ListFeedAsync(caller, _bed.DraftEventId, 1, 20, default)));
        }
        await Assert.ThrowsAsync<NotFoundException>(() => _bed.Access(a => a.JoinAsync(_bed.Holder, Guid.NewGuid(), default)));

        Assert.Equal(EngagementRole.Staff, (await _bed.Access(a => a.JoinAsync(_bed.Organizer, _bed.DraftEventId, default))).Role);
        Assert.Empty((await _bed.Feed(f => f.ListFeedAsync(_bed.Organizer, _bed.DraftEventId, 1, 20, default))).Items);
    }

    [Fact]
    public async Task HoldersReadAndWrite_StrangersDoNeither_AndRefusalsChangeNothing()
    {
        var post = await _bed.Feed(f => f.CreatePostAsync(_bed.Organizer, _bed.EventId, new PostDraft("Welcome **all**"), default));
        var poll = await _bed.Polls(p => p.CreateAsync(_bed.Organizer, _bed.EventId, new PollDraft("Best talk?", ["A", "B"], false, null), default));
        Assert.Single((await _bed.Feed(f => f.ListFeedAsync(_bed.Holder, _bed.EventId, 1, 20, default))).Items);
        await _bed.Feed(f => f.AddCommentAsync(_bed.Holder, post.Id, "Hi!", default));
        var before = await _bed.FingerprintAsync();

        foreach (var caller in new[] { _bed.Stranger, Actor.Anonymous })
        {
            await Assert.ThrowsAsync<ForbiddenException>(() => _bed.Feed(f => f.ListFeedAsync(caller, _bed.EventId, 1, 20, default)));
            await Assert.ThrowsAsync<ForbiddenException>(() => _bed.Feed(f => f.AddCommentAsync(caller, post.Id, "Let me in", default)));
            await Assert.ThrowsAsync<ForbiddenException>(() => _bed.Feed(f => f.ReactAsync(caller, post.Id, ReactionKinds.Like, default)));
            await Assert.ThrowsAsync<ForbiddenException>(() => _bed.Questions(q => q.AskAsync(caller, _bed.EventId, new QuestionDraft("Why?", false), default)));
            await Assert.ThrowsAsync<ForbiddenException>(() => _bed.Polls(p => p.VoteAsync(caller, poll.Id, [poll.Options[0].Id], default)));
            await Assert.ThrowsAsync<ForbiddenException>(() => _bed.Polls(p => p.GetResultsAsync(caller, poll.Id, default)));
        }
        // Ticket holders take part but do not moderate.
        var notModerator = await Assert.ThrowsAsync<ForbiddenException>(() =>
            _bed.Feed(f => f.CreatePostAsync(_bed.Holder, _bed.EventId, new PostDraft("Me too"), default)));
        Assert.Equal("forbidden", notModerator.Code);
        await Assert.ThrowsAsync<ForbiddenException>(() => _bed.Polls(p => p.CloseAsync(_bed.Holder, poll.Id, default)));
        await Assert.ThrowsAsync<ForbiddenException>(() => _bed.Feed(f => f.MuteAsync(_bed.Holder, _bed.EventId, _bed.OtherHolderId, default)));

        Assert.Equal(before, await _bed.FingerprintAsync());
    }

    [Fact]
    public async Task AMutedParticipant_ReadsButEveryWriteIsRefused_With403Muted_AndChangesNothing()
    {
        var post = await _bed.Feed(f => f.CreatePostAsync(_bed.Organizer, _bed.EventId, new PostDraft("Hello"), default));
        var poll = await _bed.Polls(p => p.CreateAsync(_bed.Organizer, _bed.EventId, new PollDraft("Best talk?", ["A", "B"], false, null), default));
        var question = await _bed.Questions(q => q.AskAsync(_bed.OtherHolder, _bed.EventId, new QuestionDraft("When is lunch?", false), default));
        var quiz = await _bed.Quizzes(q => q.CreateAsync(_bed.Organizer, _bed.EventId,
            new QuizDraft("Warm-up", [new QuizQuestionDraft("2+2?", ["3", "4"], 1, 20)]), default));
        var opened = (await _bed.Quizzes(q => q.NextAsync(_bed.Organizer, quiz.Id, default))).Question!;
        await _bed.Feed(f => f.MuteAsync(_bed.Organizer, _bed.EventId, _bed.HolderId, default));
        var before = await _bed.FingerprintAsync();

        Assert.True((await _bed.Access(a => a.JoinAsync(_bed.Holder, _bed.EventId, default))).Muted);
        Assert.Single((await _bed.Feed(f => f.ListFeedAsync(_bed.Holder, _bed.EventId, 1, 20, default))).Items);
        var refusals = new List<Func<Task>>
        {
            () => _bed.Feed(f => f.AddCommentAsync(_bed.Holder, post.Id, "Spam", default)),
            () => _bed.Feed(f => f.ReactAsync(_bed.Holder, post.Id, ReactionKinds.Clap, default)),
            () => _bed.Questions(q => q.AskAsync(_bed.Holder, _bed.EventId, new QuestionDraft("Spam?", false), default)),
            () => _bed.Questions(q => q.UpvoteAsync(_bed.Holder, question.Id, default)),
            () => _bed.Polls(p => p.VoteAsync(_bed.Holder, poll.Id, [poll.Options[0].Id], default)),
            () => _bed.Quizzes(q => q.AnswerAsync(_bed.Holder, quiz.Id, opened.Id, opened.Options[1].Id, default)),
        };
        foreach (var refused in refusals)
            Assert.Equal(EngagementErrors.Muted, (await Assert.ThrowsAsync<ForbiddenException>(refused)).Code);
        Assert.Equal(before, await _bed.FingerprintAsync());

        await _bed.Feed(f => f.UnmuteAsync(_bed.Organizer, _bed.EventId, _bed.HolderId, default));
        await _bed.Feed(f => f.AddCommentAsync(_bed.Holder, post.Id, "Sorry", default));
        Assert.Equal(1, (await _bed.Feed(f => f.GetPostAsync(_bed.Holder, post.Id, default))).CommentCount);
    }

    [Fact]
    public async Task AModerator_CannotMuteThemselves_AndMutingTwiceKeepsOneMute()
    {
        var self = await Assert.ThrowsAsync<DomainException>(() => _bed.Feed(f => f.MuteAsync(_bed.Organizer, _bed.EventId, _bed.OrganizerId, default)));
        Assert.Equal(EngagementErrors.CannotMuteSelf, self.Code);

        await _bed.Feed(f => f.MuteAsync(_bed.Organizer, _bed.EventId, _bed.HolderId, default));
        await _bed.Feed(f => f.MuteAsync(_bed.Organizer, _bed.EventId, _bed.HolderId, default));

        Assert.Equal(_bed.HolderId, Assert.Single(await _bed.Feed(f => f.ListMutesAsync(_bed.Organizer, _bed.EventId, default))).UserId);
    }
}
