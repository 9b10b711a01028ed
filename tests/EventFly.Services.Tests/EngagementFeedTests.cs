using EventFly.Domain.Common;
using EventFly.Domain.Engagement;
using EventFly.Services.Engagement.Contracts;
using EventFly.Services.Outbox;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Services.Tests;

public sealed class EngagementFeedTests : EngagementServiceTests
{
    [Fact]
    public async Task Feed_ShowsPinnedOnTop_ThenNewestFirst_AndScheduledPostsOnlyOnceDue()
    {
        var first = await PostAsync("First");
        var second = await PostAsync("Second");
        var third = await PostAsync("Third");
        var scheduled = await Bed.Feed(f => f.CreatePostAsync(Bed.Organizer, Bed.EventId,
            new PostDraft("Lunch is served", PublishAt: Bed.Time.Now.AddMinutes(30)), default));
        await Bed.Feed(f => f.PinPostAsync(Bed.Organizer, first.Id, default));

        Assert.True(scheduled.Scheduled);
        Assert.Equal([first.Id, third.Id, second.Id], await FeedAsync());
        await Assert.ThrowsAsync<NotFoundException>(() => Bed.Feed(f => f.GetPostAsync(Bed.Holder, scheduled.Id, default)));
        await Assert.ThrowsAsync<NotFoundException>(() => Bed.Feed(f => f.AddCommentAsync(Bed.Holder, scheduled.Id, "Early", default)));
        Assert.Equal(scheduled.Id, Assert.Single(await Bed.Feed(f => f.ListScheduledAsync(Bed.Organizer, Bed.EventId, default))).Id);
        Assert.Equal(0, await Bed.RunTimersAsync());

        Bed.Time.Advance(TimeSpan.FromMinutes(30));

        Assert.Equal([first.Id, scheduled.Id, third.Id, second.Id], await FeedAsync());
        Assert.Equal(1, await Bed.RunTimersAsync());
        Assert.Equal(0, await Bed.RunTimersAsync());
        Assert.Equal([first.Id, second.Id, third.Id, scheduled.Id], Bed.Live.Of<PostView>(nameof(ILiveEngagementPublisher.PostPublishedAsync)).Select(p => p.Id));

        await Bed.Feed(f => f.UnpinPostAsync(Bed.Organizer, first.Id, default));
        Assert.Equal([scheduled.Id, third.Id, second.Id, first.Id], await FeedAsync());
        var page = await Bed.Feed(f => f.ListFeedAsync(Bed.Holder, Bed.EventId, 2, 3, default));
        Assert.Equal((4, first.Id), (page.Total, Assert.Single(page.Items).Id));
    }

    [Fact]
    public async Task Posts_AreRenderedSafely_WithTheAuthorsReactionsAndComments()
    {
        var post = await PostAsync("Hi <script>alert(1)</script> **there** [x](javascript:alert(1))");

        Assert.Contains("<strong>there</strong>", post.BodyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", post.BodyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", post.BodyHtml, StringComparison.Ordinal);

        await Bed.Feed(f => f.ReactAsync(Bed.Holder, post.Id, ReactionKinds.Clap, default));
        await Bed.Feed(f => f.ReactAsync(Bed.Holder, post.Id, ReactionKinds.Clap, default));
        await Bed.Feed(f => f.ReactAsync(Bed.Holder, post.Id, ReactionKinds.Love, default));
        var reactions = await Bed.Feed(f => f.ReactAsync(Bed.OtherHolder, post.Id, ReactionKinds.Clap, default));
        Assert.Equal([(ReactionKinds.Love, 1), (ReactionKinds.Clap, 2)], reactions.Reactions.Select(r => (r.Kind, r.Count)));
        Assert.Equal([ReactionKinds.Clap], reactions.MyReactions);
        await Assert.ThrowsAsync<DomainException>(() => Bed.Feed(f => f.ReactAsync(Bed.Holder, post.Id, "poop", default)));

        var comment = await Bed.Feed(f => f.AddCommentAsync(Bed.OtherHolder, post.Id, "  Great!  ", default));
        Bed.Time.Advance(TimeSpan.FromSeconds(1));
        await Bed.Feed(f => f.AddCommentAsync(Bed.Holder, post.Id, "Agreed", default));
        await Bed.Feed(f => f.HideCommentAsync(Bed.Organizer, comment.Id, default));

        var seen = await Bed.Feed(f => f.GetPostAsync(Bed.Holder, post.Id, default));
        Assert.Equal([ReactionKinds.Love, ReactionKinds.Clap], seen.MyReactions);
        Assert.Equal(1, seen.CommentCount);
        Assert.Equal(["Agreed"], (await Bed.Feed(f => f.ListCommentsAsync(Bed.Holder, post.Id, 1, 20, default))).Items.Select(c => c.Body));
        Assert.Equal(["Great!", "Agreed"], (await Bed.Feed(f => f.ListCommentsAsync(Bed.OtherHolder, post.Id, 1, 20, default))).Items.Select(c => c.Body));
        Assert.Equal(2, (await Bed.Feed(f => f.ListCommentsAsync(Bed.Organizer, post.Id, 1, 20, default))).Total);

        await Bed.Feed(f => f.DeleteCommentAsync(Bed.Organizer, comment.Id, default));
        Assert.Equal(1, (await Bed.Feed(f => f.ListCommentsAsync(Bed.OtherHolder, post.Id, 1, 20, default))).Total);
        var afterUnreact = await Bed.Feed(f => f.UnreactAsync(Bed.Holder, post.Id, ReactionKinds.Clap, default));
        Assert.Equal([(ReactionKinds.Love, 1), (ReactionKinds.Clap, 1)], afterUnreact.Reactions.Select(r => (r.Kind, r.Count)));
        // Reacting twice pushed once; each change pushed after it committed.
        Assert.Equal(4, Bed.Live.Count(nameof(ILiveEngagementPublisher.ReactionsChangedAsync)));
        Assert.Equal(2, Bed.Live.Count(nameof(ILiveEngagementPublisher.CommentAddedAsync)));
    }

    [Fact]
    public async Task DeletingAPost_RemovesItWithItsCommentsAndReactions()
    {
        var post = await PostAsync("Oops");
        await Bed.Feed(f => f.AddCommentAsync(Bed.Holder, post.Id, "?", default));
        await Bed.Feed(f => f.ReactAsync(Bed.Holder, post.Id, ReactionKinds.Wow, default));

        await Bed.Feed(f => f.DeletePostAsync(Bed.Organizer, post.Id, default));

        Assert.Empty(await FeedAsync());
        Assert.StartsWith("0/0/0/", await Bed.FingerprintAsync(), StringComparison.Ordinal);
        await Assert.ThrowsAsync<NotFoundException>(() => Bed.Feed(f => f.GetPostAsync(Bed.Organizer, post.Id, default)));
    }

    [Fact]
    public async Task FeedWrites_PutTheirIntegrationEventsInTheOutbox_WhichTheDispatcherOnlyRecords()
    {
        var post = await PostAsync("Hello");
        var later = await Bed.Feed(f => f.CreatePostAsync(Bed.Organizer, Bed.EventId, new PostDraft("Later", PublishAt: Bed.Time.Now.AddHours(1)), default));
        await Bed.Feed(f => f.AddCommentAsync(Bed.Holder, post.Id, "Hi", default));
        await Bed.Feed(f => f.ReactAsync(Bed.Holder, post.Id, ReactionKinds.Party, default));

        var outbox = await Bed.EngagementOutboxAsync();
        Assert.Equal(["engagement.comment_added", "engagement.post_published", "engagement.reaction_added"], outbox.Select(m => m.Type).Order());

        // Known types nobody consumes yet are dispatched (only recorded) without an error.
        Assert.True(await DispatchAsync() >= 3);
        Assert.Equal(0, await PendingOutboxAsync());

        // The scheduled post is announced when it falls due, once.
        Bed.Time.Advance(TimeSpan.FromHours(1));
        await Bed.RunTimersAsync();
        await Bed.RunTimersAsync();
        Assert.Single(await Bed.EngagementOutboxAsync(), m => m.Type == "engagement.post_published" && m.Payload.Contains(later.Id.ToString(), StringComparison.Ordinal));
        Assert.True(await DispatchAsync() >= 1);
        Assert.Equal(0, await PendingOutboxAsync());
    }

    [Fact]
    public async Task AScheduledPostDeletedBeforeItIsDue_IsNeverAnnounced()
    {
        var later = await Bed.Feed(f => f.CreatePostAsync(Bed.Organizer, Bed.EventId, new PostDraft("Never", PublishAt: Bed.Time.Now.AddHours(1)), default));
        await Bed.Feed(f => f.DeletePostAsync(Bed.Organizer, later.Id, default));

        Bed.Time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(0, await Bed.RunTimersAsync());
        Assert.Empty(await Bed.EngagementOutboxAsync());
        Assert.Empty(Bed.Live.Pushes);
    }

    [Fact]
    public async Task AFailingLivePublisher_DoesNotFailTheRequest_AndTheChangeStands()
    {
        Bed.Live.Fail = true;

        var post = await PostAsync("Still posted");
        await Bed.Feed(f => f.AddCommentAsync(Bed.Holder, post.Id, "Still commented", default));

        Assert.Equal(1, (await Bed.Feed(f => f.GetPostAsync(Bed.Holder, post.Id, default))).CommentCount);
        Assert.Empty(Bed.Live.Pushes);
    }

    private Task<PostView> PostAsync(string body)
    {
        Bed.Time.Advance(TimeSpan.FromSeconds(1));
        return Bed.Feed(f => f.CreatePostAsync(Bed.Organizer, Bed.EventId, new PostDraft(body), default));
    }

    private async Task<IEnumerable<Guid>> FeedAsync() =>
        (await Bed.Feed(f => f.ListFeedAsync(Bed.Holder, Bed.EventId, 1, 20, default))).Items.Select(p => p.Id);

    private Task<int> DispatchAsync() => Bed.Services.InScopeAsync(sp => sp.GetRequiredService<IOutboxDispatcher>().DispatchDueAsync(default));

    private Task<int> PendingOutboxAsync() => Bed.Services.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<EventFlyDbContext>();
        return await db.Set<OutboxMessage>().CountAsync(m => m.Type.StartsWith("engagement.") && m.DispatchedAt == null);
    });
}
