using EventFly.Domain.Common;
using EventFly.Domain.Engagement;
using EventFly.Services.Common;
using EventFly.Services.Engagement.Contracts;

namespace EventFly.Services.Tests;

public sealed class EngagementAccessTests : EngagementServiceTests
{
    [Fact]
    public async Task Join_AdmitsStaffAsStaff_AndTicketHoldersAsAudience()
    {
        var staff = await Bed.Access(a => a.JoinAsync(Bed.Organizer, Bed.EventId, default));
        var holder = await Bed.Access(a => a.JoinAsync(Bed.Holder, Bed.EventId, default));

        Assert.Equal((EngagementRole.Staff, true, false), (staff.Role, staff.CanModerate, staff.Muted));
        Assert.Equal((EngagementRole.Audience, false, false), (holder.Role, holder.CanModerate, holder.Muted));
    }

    [Fact]
    public async Task Join_RefusesStrangersAndAnonymousCallers_With403()
    {
        var stranger = await Assert.ThrowsAsync<ForbiddenException>(() => Bed.Access(a => a.JoinAsync(Bed.Stranger, Bed.EventId, default)));
        var anonymous = await Assert.ThrowsAsync<ForbiddenException>(() => Bed.Access(a => a.JoinAsync(Actor.Anonymous, Bed.EventId, default)));

        Assert.Equal(EngagementErrors.NotAParticipant, stranger.Code);
        Assert.Equal("forbidden", anonymous.Code);
    }

    [Fact]
    public async Task ADraftEvent_DoesNotExist_ForAnyoneButItsStaff()
    {
        foreach (var caller in new[] { Bed.Holder, Bed.Stranger, Actor.Anonymous })
        {
            var refused = await Assert.ThrowsAsync<NotFoundException>(() => Bed.Access(a => a.JoinAsync(caller, Bed.DraftEventId, default)));
            Assert.Equal("unknown_event", refused.Code);
            await Assert.ThrowsAsync<NotFoundException>(() => Bed.Feed(f => f.ListFeedAsync(caller, Bed.DraftEventId, 1, 20, default)));
        }
        await Assert.ThrowsAsync<NotFoundException>(() => Bed.Access(a => a.JoinAsync(Bed.Holder, Guid.NewGuid(), default)));

        Assert.Equal(EngagementRole.Staff, (await Bed.Access(a => a.JoinAsync(Bed.Organizer, Bed.DraftEventId, default))).Role);
        Assert.Empty((await Bed.Feed(f => f.ListFeedAsync(Bed.Organizer, Bed.DraftEventId, 1, 20, default))).Items);
    }

    [Fact]
    public async Task HoldersReadAndWrite_StrangersDoNeither_AndRefusalsChangeNothing()
    {
        var post = await Bed.Feed(f => f.CreatePostAsync(Bed.Organizer, Bed.EventId, new PostDraft("Welcome **all**"), default));
        var poll = await Bed.Polls(p => p.CreateAsync(Bed.Organizer, Bed.EventId, new PollDraft("Best talk?", ["A", "B"], false, null), default));
        Assert.Single((await Bed.Feed(f => f.ListFeedAsync(Bed.Holder, Bed.EventId, 1, 20, default))).Items);
        await Bed.Feed(f => f.AddCommentAsync(Bed.Holder, post.Id, "Hi!", default));
        var before = await Bed.FingerprintAsync();

        foreach (var caller in new[] { Bed.Stranger, Actor.Anonymous })
        {
            await Assert.ThrowsAsync<ForbiddenException>(() => Bed.Feed(f => f.ListFeedAsync(caller, Bed.EventId, 1, 20, default)));
            await Assert.ThrowsAsync<ForbiddenException>(() => Bed.Feed(f => f.AddCommentAsync(caller, post.Id, "Let me in", default)));
            await Assert.ThrowsAsync<ForbiddenException>(() => Bed.Feed(f => f.ReactAsync(caller, post.Id, ReactionKinds.Like, default)));
            await Assert.ThrowsAsync<ForbiddenException>(() => Bed.Questions(q => q.AskAsync(caller, Bed.EventId, new QuestionDraft("Why?", false), default)));
            await Assert.ThrowsAsync<ForbiddenException>(() => Bed.Polls(p => p.VoteAsync(caller, poll.Id, [poll.Options[0].Id], default)));
            await Assert.ThrowsAsync<ForbiddenException>(() => Bed.Polls(p => p.GetResultsAsync(caller, poll.Id, default)));
        }
        // Ticket holders take part but do not moderate.
        var notModerator = await Assert.ThrowsAsync<ForbiddenException>(() =>
            Bed.Feed(f => f.CreatePostAsync(Bed.Holder, Bed.EventId, new PostDraft("Me too"), default)));
        Assert.Equal("forbidden", notModerator.Code);
        await Assert.ThrowsAsync<ForbiddenException>(() => Bed.Polls(p => p.CloseAsync(Bed.Holder, poll.Id, default)));
        await Assert.ThrowsAsync<ForbiddenException>(() => Bed.Feed(f => f.MuteAsync(Bed.Holder, Bed.EventId, Bed.OtherHolderId, default)));

        Assert.Equal(before, await Bed.FingerprintAsync());
    }

    [Fact]
    public async Task AMutedParticipant_ReadsButEveryWriteIsRefused_With403Muted_AndChangesNothing()
    {
        var post = await Bed.Feed(f => f.CreatePostAsync(Bed.Organizer, Bed.EventId, new PostDraft("Hello"), default));
        var poll = await Bed.Polls(p => p.CreateAsync(Bed.Organizer, Bed.EventId, new PollDraft("Best talk?", ["A", "B"], false, null), default));
        var question = await Bed.Questions(q => q.AskAsync(Bed.OtherHolder, Bed.EventId, new QuestionDraft("When is lunch?", false), default));
        var quiz = await Bed.Quizzes(q => q.CreateAsync(Bed.Organizer, Bed.EventId,
            new QuizDraft("Warm-up", [new QuizQuestionDraft("2+2?", ["3", "4"], 1, 20)]), default));
        var opened = (await Bed.Quizzes(q => q.NextAsync(Bed.Organizer, quiz.Id, default))).Question!;
        await Bed.Feed(f => f.MuteAsync(Bed.Organizer, Bed.EventId, Bed.HolderId, default));
        var before = await Bed.FingerprintAsync();

        Assert.True((await Bed.Access(a => a.JoinAsync(Bed.Holder, Bed.EventId, default))).Muted);
        Assert.Single((await Bed.Feed(f => f.ListFeedAsync(Bed.Holder, Bed.EventId, 1, 20, default))).Items);
        var refusals = new List<Func<Task>>
        {
            () => Bed.Feed(f => f.AddCommentAsync(Bed.Holder, post.Id, "Spam", default)),
            () => Bed.Feed(f => f.ReactAsync(Bed.Holder, post.Id, ReactionKinds.Clap, default)),
            () => Bed.Questions(q => q.AskAsync(Bed.Holder, Bed.EventId, new QuestionDraft("Spam?", false), default)),
            () => Bed.Questions(q => q.UpvoteAsync(Bed.Holder, question.Id, default)),
            () => Bed.Polls(p => p.VoteAsync(Bed.Holder, poll.Id, [poll.Options[0].Id], default)),
            () => Bed.Quizzes(q => q.AnswerAsync(Bed.Holder, quiz.Id, opened.Id, opened.Options[1].Id, default)),
        };
        foreach (var refused in refusals)
            Assert.Equal(EngagementErrors.Muted, (await Assert.ThrowsAsync<ForbiddenException>(refused)).Code);
        Assert.Equal(before, await Bed.FingerprintAsync());

        await Bed.Feed(f => f.UnmuteAsync(Bed.Organizer, Bed.EventId, Bed.HolderId, default));
        await Bed.Feed(f => f.AddCommentAsync(Bed.Holder, post.Id, "Sorry", default));
        Assert.Equal(1, (await Bed.Feed(f => f.GetPostAsync(Bed.Holder, post.Id, default))).CommentCount);
    }

    [Fact]
    public async Task AModerator_CannotMuteThemselves_AndMutingTwiceKeepsOneMute()
    {
        var self = await Assert.ThrowsAsync<DomainException>(() => Bed.Feed(f => f.MuteAsync(Bed.Organizer, Bed.EventId, Bed.OrganizerId, default)));
        Assert.Equal(EngagementErrors.CannotMuteSelf, self.Code);

        await Bed.Feed(f => f.MuteAsync(Bed.Organizer, Bed.EventId, Bed.HolderId, default));
        await Bed.Feed(f => f.MuteAsync(Bed.Organizer, Bed.EventId, Bed.HolderId, default));

        Assert.Equal(Bed.HolderId, Assert.Single(await Bed.Feed(f => f.ListMutesAsync(Bed.Organizer, Bed.EventId, default))).UserId);
    }
}
