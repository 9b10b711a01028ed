using EventFly.Domain.Common;
using EventFly.Domain.Engagement;

namespace EventFly.Domain.Tests;

public sealed partial class EngagementTests
{
    [Fact]
    public void CreatePost_WithoutATime_IsPublishedAtOnce()
    {
        var post = Post.Create(EventId, Staff, "Doors open!", "posts/ab12.webp", Now);

        Assert.Equal(Now, post.PublishAt);
        Assert.True(post.IsPublished(Now));
        Assert.Equal(("Doors open!", "posts/ab12.webp", Now), (post.Body, post.ImageFileId, post.CreatedAt));
        Assert.Null(post.EditedAt);
        Assert.False(post.IsPinned);
    }

    [Fact]
    public void CreatePost_WithAFutureTime_IsScheduledUntilThen()
    {
        var post = ScheduledPost();

        Assert.Equal(Now.AddHours(1), post.PublishAt);
        Assert.False(post.IsPublished(Now.AddMinutes(59)));
        Assert.True(post.IsPublished(Now.AddHours(1)));
    }

    [Fact]
    public void CreatePost_WithATimeJustPast_WithinTheTolerance_IsPublishedNow()
    {
        var post = Post.Create(EventId, Staff, "Hi", null, Now, Now - Post.PublishAtTolerance);

        Assert.Equal(Now, post.PublishAt);
    }

    [Fact]
    public void CreatePost_WithATimeInThePastBeyondTheTolerance_IsRefusedWithPublishAtInPast() =>
        Assert.Equal(EngagementErrors.PublishAtInPast,
            Refused(() => Post.Create(EventId, Staff, "Hi", null, Now, Now - Post.PublishAtTolerance - TimeSpan.FromSeconds(1))));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n\t ")]
    public void CreatePost_WithABlankBody_IsRefusedWithBodyRequired(string? body) =>
        Assert.Equal(EngagementErrors.BodyRequired, Refused(() => Post.Create(EventId, Staff, body!, null, Now)));

    [Fact]
    public void CreatePost_OverTenThousandCharacters_IsRefusedWithBodyTooLong_AtTheLimitAccepted()
    {
        Assert.Equal(EngagementErrors.BodyTooLong, Refused(() => Post.Create(EventId, Staff, new string('a', 10_001), null, Now)));
        Assert.Equal(10_000, Post.Create(EventId, Staff, new string('a', 10_000), null, Now).Body.Length);
    }

    [Fact]
    public void CreatePost_KeepsTheMarkdownAsWritten()
    {
        const string markdown = "    indented code\n\n- item\n";

        Assert.Equal(markdown, Post.Create(EventId, Staff, markdown, null, Now).Body);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void CreatePost_WithABlankImageReference_IsRefusedWithInvalidImage(string image) =>
        Assert.Equal(EngagementErrors.InvalidImage, Refused(() => Post.Create(EventId, Staff, "Hi", image, Now)));

    [Fact]
    public void CreatePost_WithAnOverlongImageReference_IsRefusedWithInvalidImage() =>
        Assert.Equal(EngagementErrors.InvalidImage,
            Refused(() => Post.Create(EventId, Staff, "Hi", new string('x', Post.MaxImageFileIdLength + 1), Now)));

    [Fact]
    public void EditPost_ReplacesBodyAndImage_AndStampsEditedAt()
    {
        var post = Post.Create(EventId, Staff, "Old", "posts/a.webp", Now);

        post.Edit("New", null, Now.AddMinutes(5));

        Assert.Equal(("New", (string?)null, (DateTimeOffset?)Now.AddMinutes(5)), (post.Body, post.ImageFileId, post.EditedAt));
        Assert.Equal(Now, post.PublishAt);
    }

    [Fact]
    public void EditPost_WithAnOverlongBody_IsRefused_AndLeavesThePostUnchanged()
    {
        var post = Post.Create(EventId, Staff, "Old", "posts/a.webp", Now);

        Assert.Equal(EngagementErrors.BodyTooLong, Refused(() => post.Edit(new string('a', 10_001), null, Now.AddMinutes(1))));
        Assert.Equal(EngagementErrors.InvalidImage, Refused(() => post.Edit("New", "", Now.AddMinutes(1))));

        Assert.Equal(("Old", (string?)"posts/a.webp", (DateTimeOffset?)null), (post.Body, post.ImageFileId, post.EditedAt));
    }

    [Fact]
    public void ReschedulePost_BeforeItIsPublished_MovesIt_NullMeansNow()
    {
        var post = ScheduledPost();

        post.Reschedule(Now.AddHours(3), Now.AddMinutes(1));
        Assert.Equal(Now.AddHours(3), post.PublishAt);

        post.Reschedule(null, Now.AddMinutes(2));
        Assert.Equal(Now.AddMinutes(2), post.PublishAt);
    }

    [Fact]
    public void ReschedulePost_IntoThePast_IsRefusedWithPublishAtInPast_AndKeepsItsTime()
    {
        var post = ScheduledPost();

        Assert.Equal(EngagementErrors.PublishAtInPast, Refused(() => post.Reschedule(Now.AddHours(-1), Now)));
        Assert.Equal(Now.AddHours(1), post.PublishAt);
    }

    [Fact]
    public void ReschedulePost_OncePublished_IsRefusedWithPostAlreadyPublished_AndKeepsItsTime()
    {
        var post = PublishedPost();

        Assert.Equal(EngagementErrors.PostAlreadyPublished, Refused(() => post.Reschedule(Now.AddHours(2), Now.AddMinutes(1))));
        Assert.Equal(Now, post.PublishAt);
    }

    [Fact]
    public void PinPost_Twice_KeepsTheFirstPinTime_AndUnpinClearsIt()
    {
        var post = PublishedPost();

        post.Pin(Now.AddMinutes(1));
        post.Pin(Now.AddMinutes(2));
        Assert.Equal(Now.AddMinutes(1), post.PinnedAt);

        post.Unpin();
        post.Unpin();
        Assert.False(post.IsPinned);
        Assert.Null(post.PinnedAt);
    }

    [Fact]
    public void InFeedOrder_PutsPinnedPostsOnTop_ThenNewestFirst_AndLeavesScheduledOnesOut()
    {
        var oldest = Post.Create(EventId, Staff, "1", null, Now);
        var pinnedFirst = Post.Create(EventId, Staff, "2", null, Now.AddMinutes(1));
        var middle = Post.Create(EventId, Staff, "3", null, Now.AddMinutes(2));
        var pinnedLast = Post.Create(EventId, Staff, "4", null, Now.AddMinutes(3));
        var newest = Post.Create(EventId, Staff, "5", null, Now.AddMinutes(4));
        var scheduled = Post.Create(EventId, Staff, "6", null, Now.AddMinutes(4), Now.AddHours(1));
        pinnedFirst.Pin(Now.AddMinutes(5));
        pinnedLast.Pin(Now.AddMinutes(6));

        var feed = Post.InFeedOrder([oldest, pinnedFirst, middle, pinnedLast, newest, scheduled], Now.AddMinutes(10));

        Assert.Equal(["4", "2", "5", "3", "1"], feed.Select(p => p.Body));
    }

    [Fact]
    public void CreateComment_OnAPublishedPost_IsTrimmedAndBelongsToThePostsEvent()
    {
        var post = PublishedPost();

        var comment = Comment.Create(post, Attendee, "  Great!  ", Now.AddMinutes(1));

        Assert.Equal((post.Id, EventId, Attendee, "Great!"), (comment.PostId, comment.EventId, comment.AuthorId, comment.Body));
        Assert.False(comment.Hidden || comment.Deleted);
    }

    [Fact]
    public void CreateComment_OnAScheduledPost_IsRefusedAsAnUnknownPost() =>
        Assert.Equal(EngagementErrors.UnknownPost, NotFound(() => Comment.Create(ScheduledPost(), Attendee, "First!", Now)));

    [Fact]
    public void CreateComment_OverTwoThousandCharacters_IsRefusedWithBodyTooLong_AtTheLimitAccepted()
    {
        Assert.Equal(EngagementErrors.BodyTooLong, Refused(() => Comment.Create(PublishedPost(), Attendee, new string('a', 2_001), Now)));
        Assert.Equal(2_000, Comment.Create(PublishedPost(), Attendee, new string('a', 2_000), Now).Body.Length);
    }

    [Fact]
    public void CreateComment_Blank_IsRefusedWithBodyRequired() =>
        Assert.Equal(EngagementErrors.BodyRequired, Refused(() => Comment.Create(PublishedPost(), Attendee, "   ", Now)));

    [Fact]
    public void HideComment_Twice_KeepsTheFirstModerator_AndUnhideRestoresIt()
    {
        var comment = Comment.Create(PublishedPost(), Attendee, "Spam", Now);
        var other = Guid.NewGuid();

        comment.Hide(Staff, Now.AddMinutes(1));
        comment.Hide(other, Now.AddMinutes(2));
        Assert.Equal((true, (Guid?)Staff, (DateTimeOffset?)Now.AddMinutes(1)), (comment.Hidden, comment.HiddenBy, comment.HiddenAt));

        comment.Unhide();
        Assert.Equal((false, (Guid?)null, (DateTimeOffset?)null), (comment.Hidden, comment.HiddenBy, comment.HiddenAt));
    }

    [Fact]
    public void DeleteComment_IsFinal_DropsTheBody_AndRepeatingChangesNothing()
    {
        var comment = Comment.Create(PublishedPost(), Attendee, "Oops", Now);

        comment.Delete(Staff, Now.AddMinutes(1));
        comment.Delete(Attendee, Now.AddMinutes(2));

        Assert.Equal((true, (Guid?)Staff, (DateTimeOffset?)Now.AddMinutes(1), ""), (comment.Deleted, comment.DeletedBy, comment.DeletedAt, comment.Body));
    }

    [Fact]
    public void HideOrUnhideComment_OnceDeleted_IsRefusedWithCommentDeleted_AndLeavesItUnchanged()
    {
        var comment = Comment.Create(PublishedPost(), Attendee, "Oops", Now);
        comment.Delete(Staff, Now.AddMinutes(1));

        Assert.Equal(EngagementErrors.CommentDeleted, Refused(() => comment.Hide(Staff, Now.AddMinutes(2))));
        Assert.Equal(EngagementErrors.CommentDeleted, Refused(comment.Unhide));

        Assert.Equal((false, true), (comment.Hidden, comment.Deleted));
    }

    [Fact]
    public void CommentVisibility_HiddenShowsToStaffAndAuthorOnly_DeletedToNobody()
    {
        var comment = Comment.Create(PublishedPost(), Attendee, "Hmm", Now);
        var someone = Guid.NewGuid();
        Assert.True(comment.IsVisibleTo(someone, isStaff: false));

        comment.Hide(Staff, Now);
        Assert.Equal((false, true, true), (comment.IsVisibleTo(someone, false), comment.IsVisibleTo(someone, true), comment.IsVisibleTo(Attendee, false)));

        comment.Delete(Staff, Now);
        Assert.Equal((false, false), (comment.IsVisibleTo(Staff, true), comment.IsVisibleTo(Attendee, false)));
    }

    [Fact]
    public void React_WithEveryKnownKind_IsAccepted_AndShowsItsEmoji()
    {
        var post = PublishedPost();

        var reactions = ReactionKinds.All.Select(kind => Reaction.Create(post, Attendee, kind, Now)).ToList();

        Assert.Equal(["like", "love", "party", "laugh", "wow", "clap"], reactions.Select(r => r.Kind));
        Assert.Equal(["👍", "❤️", "🎉", "😂", "😮", "👏"], reactions.Select(r => r.Emoji));
        Assert.All(reactions, r => Assert.Equal((post.Id, Attendee), (r.PostId, r.UserId)));
    }

    [Theory]
    [InlineData("LIKE")]
    [InlineData("👍")]
    [InlineData("thumbs")]
    [InlineData("")]
    [InlineData(null)]
    public void React_WithAnUnknownKind_IsRefusedWithUnknownReaction(string? kind) =>
        Assert.Equal(EngagementErrors.UnknownReaction, Refused(() => Reaction.Create(PublishedPost(), Attendee, kind!, Now)));

    [Fact]
    public void React_OnAScheduledPost_IsRefusedAsAnUnknownPost() =>
        Assert.Equal(EngagementErrors.UnknownPost, NotFound(() => Reaction.Create(ScheduledPost(), Attendee, ReactionKinds.Like, Now)));

    [Fact]
    public void Mute_RecordsWhoMutedWhomAndWhen_AndItsRefusalIsA403WithMuted()
    {
        var mute = Mute.Create(EventId, Attendee, Staff, Now);

        Assert.Equal((EventId, Attendee, Staff, Now), (mute.EventId, mute.UserId, mute.MutedBy, mute.At));
        Assert.Equal(EngagementErrors.Muted, Mute.Refusal().Code);
    }

    [Fact]
    public void Mute_Yourself_IsRefusedWithCannotMuteSelf() =>
        Assert.Equal(EngagementErrors.CannotMuteSelf, Refused(() => Mute.Create(EventId, Staff, Staff, Now)));
}
