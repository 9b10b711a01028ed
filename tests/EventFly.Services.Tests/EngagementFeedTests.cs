using EventFly.Domain.Common;
using EventFly.Domain.Engagement;
using EventFly.Services.Engagement.Contracts;
using EventFly.Services.Outbox;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Services.Tests;

public sealed class EngagementFeedTests : IAsyncLifetime
{
    private EngagementTestBed _bed = null!;

    public async ValueTask InitializeAsync() => _bed = await EngagementTestBed.CreateAsync();

    public ValueTask DisposeAsync() => _bed.DisposeAsync();

    [Fact]
    public async Task Feed_ShowsPinnedOnTop_ThenNewestFirst_AndScheduledPostsOnlyOnceDue()
    {
        var first = await PostAsync("First");
        var second = await PostAsync("Second");
        var third = await PostAsync("Third");
        var scheduled = await _bed.Feed(f => f.CreatePostAsync(_bed.Organizer, _bed.EventId,
            new PostDraft("Lunch is served", PublishAt: _bed.Time.Now.AddMinutes(30)), default));
        await _bed.Feed(f => f.PinPostAsync(_bed.Organizer, first.Id, default));

        Assert.True(scheduled.Scheduled);
        Assert.Equal([first.Id, third.Id, second.Id], await FeedAsync());
        await Assert.ThrowsAsync<NotFoundException>(() => _bed.Feed(f => f.GetPostAsync(_bed.Holder, scheduled.Id, default)));
        await Assert.ThrowsAsync<NotFoundException>(() => _bed.Feed(f => f.AddCommentAsync(_bed.Holder, scheduled.Id, "Early", default)));
        Assert.Equal(scheduled.Id, Assert.Single(await _bed.Feed(f => f.ListScheduledAsync(_bed.Organizer, _bed.EventId, default))).Id);
        Assert.Equal(0, await _bed.RunTimersAsync());

        _bed.Time.Advance(TimeSpan.FromMinutes(30));

        Assert.Equal([first.Id, scheduled.Id, third.Id, second.Id], await FeedAsync());
        Assert.Equal(1, await _bed.RunTimersAsync());
        Assert.Equal(0, await _bed.RunTimersAsync());
        Assert.Equal([first.Id, second.Id, third.Id, scheduled.Id], _bed.Live.Of<PostView>(nameof(ILiveEngagementPublisher.PostPublishedAsync)).Select(p => p.Id));

        await _bed.Feed(f => f.UnpinPostAsync(_bed.Organizer, first.Id, default));
        Assert.Equal([scheduled.Id, third.Id, second.Id, first.Id], await FeedAsync());
        var page = await _bed.Feed(f => f.ListFeedAsync(_bed.Holder, _bed.EventId, 2, 3, default));
        Assert.Equal((4, first.Id), (page.Total, Assert.Single(page.Items).Id));
    }

    [Fact]
    public async Task Posts_AreRenderedSafely_WithTheAuthorsReactionsAndComments()
    {
        var post = await PostAsync("Hi <script>alert(1)</script> **there** [x](javascript:alert(1))");

        Assert.Contains("<strong>there</strong>", post.BodyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", post.BodyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", post.BodyHtml, StringComparison.Ordinal);

        await _bed.Feed(f => f.ReactAsync(_bed.Holder, post.Id, ReactionKinds.Clap, default));
        await _bed.Feed(f => f.ReactAsync(_bed.Holder, post.Id, ReactionKinds.Clap, default));
        await _bed.Feed(f => f.ReactAsync(_bed.Holder, post.Id, ReactionKinds.Love, default));
        var reactions = await _bed.Feed(f => f.ReactAsync(_bed.OtherHolder, post.Id, ReactionKinds.Clap, default));
        Assert.Equal([(ReactionKinds.Love, 1), (ReactionKinds.Clap, 2)], reactions.Reactions.Select(r => (r.Kind, r.Count)));
        Assert.Equal([ReactionKinds.Clap], reactions.MyReactions);
        await Assert.ThrowsAsync<DomainException>(() => _bed.Feed(f => f.ReactAsync(_bed.Holder, post.Id, "poop", default)));

        var comment = await _bed.Feed(f => f.AddCommentAsync(_bed.OtherHolder, post.Id, "  Great!  ", default));
        await _bed.Feed(f => f.AddCommentAsync(_bed.Holder, post.Id, "Agreed", default));
        await _bed.Feed(f => f.HideCommentAsync(_bed.Organizer, comment.Id, default));

        var seen = await _bed.Feed(f => f.GetPostAsync(_bed.Holder, post.Id, default));
        Assert.Equal([ReactionKinds.Love, ReactionKinds.Clap], seen.MyReactions);
        Assert.Equal(1, seen.CommentCount);
        Assert.Equal(["Agreed"], (await _bed.Feed(f => f.ListCommentsAsync(_bed.Holder, post.Id, 1, 20, default))).Items.Select(c => c.Body));
        Assert.Equal(["Great!", "Agreed"], (await _bed.Feed(f => f.ListCommentsAsync(_bed.OtherHolder, post.Id, 1, 20, default))).Items.Select(c => c.Body));
        Assert.Equal(2, (await _bed.Feed(f => f.ListCommentsAsync(_bed.Organizer, post.Id, 1, 20, default))).Total);

        await _bed.Feed(f => f.DeleteCommentAsync(_bed.Organizer, comment.Id, default));
        Assert.Equal(1, (await _bed.Feed(f => f.ListCommentsAsync(_bed.OtherHolder, post.Id, 1, 20, default))).Total);
        var afterUnreact = await _bed.Feed(f => f.UnreactAsync(_bed.Holder, post.Id, ReactionKinds.Clap, default));
        Assert.Equal([(ReactionKinds.Love, 1), (ReactionKinds.Clap, 1)], afterUnreact.Reactions.Select(r => (r.Kind, r.Count)));
        // Reacting twice pushed once; each change pushed after it committed.
        Assert.Equal(4, _bed.Live.Count(nameof(ILiveEngagementPublisher.ReactionsChangedAsync)));
        Assert.Equal(2, _bed.Live.Count(nameof(ILiveEngagementPublisher.CommentAddedAsync)));
    }

    [Fact]
    public async Task DeletingAPost_RemovesItWithItsCommentsAndReactions()
    {
        var post = await PostAsync("Oops");
        await _bed.Feed(f => f.AddCommentAsync(_bed.Holder, post.Id, "?", default));
        await _bed.Feed(f => f.ReactAsync(_bed.Holder, post.Id, ReactionKinds.Wow, default));

        await _bed.Feed(f => f.DeletePostAsync(_bed.Organizer, post.Id, default));

        Assert.Empty(await FeedAsync());
        Assert.StartsWith("0/0/0/", await _bed.FingerprintAsync(), StringComparison.Ordinal);
        await Assert.ThrowsAsync<NotFoundException>(() => _bed.Feed(f => f.GetPostAsync(_bed.Organizer, post.Id, default)));
    }

    [Fact]
    public async Task FeedWrites_PutTheirIntegrationEventsInTheOutbox_WhichTheDispatcherOnlyRecords()
    {
        var post = await PostAsync("Hello");
        var later = await _bed.Feed(f => f.CreatePostAsync(_bed.Organizer, _bed.EventId, new PostDraft("Later", PublishAt: _bed.Time.Now.AddHours(1)), default));
        await _bed.Feed(f => f.AddCommentAsync(_bed.Holder, post.Id, "Hi", default));
        await _bed.Feed(f => f.ReactAsync(_bed.Holder, post.Id, ReactionKinds.Party, default));

        var outbox = await _bed.EngagementOutboxAsync();
        Assert.Equal(
            ["engagement.comment_added", "engagement.post_published", "engagement.post_published", "engagement.reaction_added"],
            outbox.Select(m => m.Type).Order());
        Assert.Contains(outbox, m => m.Type == "engagement.post_published" && m.Payload.Contains(later.Id.ToString(), StringComparison.Ordinal));

        // Known types nobody consumes yet are dispatched (recorded) without an error; the scheduled post's waits until it is due.
        var dispatched = await _bed.Services.InScopeAsync(sp =>
            sp.GetRequiredService<IOutboxDispatcher>().DispatchDueAsync(default));
        Assert.True(dispatched >= 3);
        Assert.Equal(1, await PendingOutboxAsync());
        _bed.Time.Advance(TimeSpan.FromHours(1));
        await _bed.Services.InScopeAsync(sp =>
            sp.GetRequiredService<IOutboxDispatcher>().DispatchDueAsync(default));
        Assert.Equal(0, await PendingOutboxAsync());
    }

    [Fact]
    public async Task AFailingLivePublisher_DoesNotFailTheRequest_AndTheChangeStands()
    {
        _bed.Live.Fail = true;

        var post = await PostAsync("Still posted");
        await _bed.Feed(f => f.AddCommentAsync(_bed.Holder, post.Id, "Still commented", default));

        Assert.Equal(1, (await _bed.Feed(f => f.GetPostAsync(_bed.Holder, post.Id, default))).CommentCount);
        Assert.Empty(_bed.Live.Pushes);
    }

    private Task<PostView> PostAsync(string body)
    {
        _bed.Time.Advance(TimeSpan.FromSeconds(1));
        return _bed.Feed(f => f.CreatePostAsync(_bed.Organizer, _bed.EventId, new PostDraft(body), default));
    }

    private async Task<IEnumerable<Guid>> FeedAsync() =>
        (await _bed.Feed(f => f.ListFeedAsync(_bed.Holder, _bed.EventId, 1, 20, default))).Items.Select(p => p.Id);

    private Task<int> PendingOutboxAsync() => _bed.Services.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<EventFlyDbContext>();
        return await db.Set<OutboxMessage>().CountAsync(m => m.Type.StartsWith("engagement.") && m.DispatchedAt == null);
    });
}
