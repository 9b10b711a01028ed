using EventFly.Services.Common;
using EventFly.Services.Engagement.Contracts;
using EventFly.Web.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EventFly.Web.Components.Organizer.Live;

/// <summary>The event's feed for its staff: posts (pinned first), scheduled posts, comments and muted people.</summary>
public sealed partial class FeedTab
{
    private const int PageStep = 20;
    private const int CommentsShown = 100;

    [Inject(Key = PerCallScope.Key)] private IFeedService Feed { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    private readonly Dictionary<Guid, Page<CommentView>> _comments = [];
    private readonly HashSet<Guid> _open = [];
    private Page<PostView> _feed = new([], 0);
    private IReadOnlyList<PostView> _scheduled = [];
    private IReadOnlyList<MuteView> _mutes = [];
    private HashSet<Guid> _mutedIds = [];
    private int _shown = PageStep;
    private Guid _me;

    protected override async Task LoadAsync(Actor actor, CancellationToken cancellationToken)
    {
        _me = actor.UserId;
        var feed = await Feed.ListFeedAsync(actor, Event.Id, 1, _shown, cancellationToken);
        var comments = new Dictionary<Guid, Page<CommentView>>();
        // Only the opened posts' comments are read again; a post that went away closes.
        foreach (var postId in _open.Where(id => feed.Items.Any(p => p.Id == id)).ToList())
            comments[postId] = await Feed.ListCommentsAsync(actor, postId, 1, CommentsShown, cancellationToken);
        if (CanModerate)
        {
            _scheduled = await Feed.ListScheduledAsync(actor, Event.Id, cancellationToken);
            _mutes = await Feed.ListMutesAsync(actor, Event.Id, cancellationToken);
            _mutedIds = [.. _mutes.Select(m => m.UserId)];
        }
        _feed = feed;
        // Posts opened while this load ran stay open: the reload their click asked for reads their comments.
        _open.RemoveWhere(id => feed.Items.All(p => p.Id != id));
        foreach (var postId in _comments.Keys.Where(id => !_open.Contains(id)).ToList()) _comments.Remove(postId);
        foreach (var (postId, page) in comments.Where(c => _open.Contains(c.Key))) _comments[postId] = page;
    }

    private IReadOnlyList<CommentView>? CommentsOf(Guid postId) => _comments.TryGetValue(postId, out var page) ? page.Items : null;

    private int CommentsTotalOf(Guid postId) => _comments.TryGetValue(postId, out var page) ? page.Total : 0;

    private async Task<bool> PublishAsync(PostDraft draft) =>
        await ActAsync(actor => Feed.CreatePostAsync(actor, Event.Id, draft, Aborted),
            draft.PublishAt is { } at ? $"Post scheduled for {Local(at)}." : "Post published.");

    private async Task ShowMoreAsync()
    {
        _shown += PageStep;
        await ReloadAsync();
    }

    private async Task HandlePostAsync(PostRequest request)
    {
        var post = request.Post;
        switch (request.Action)
        {
            case PostAction.Pin:
                await ActAsync(actor => Feed.PinPostAsync(actor, post.Id, Aborted), "Pinned: the post leads the feed.");
                break;
            case PostAction.Unpin:
                await ActAsync(actor => Feed.UnpinPostAsync(actor, post.Id, Aborted), "Unpinned.");
                break;
            case PostAction.Edit:
                await EditAsync(post);
                break;
            case PostAction.Delete:
                if (await Dialogs.ShowMessageBoxAsync("Delete this post?", "The post goes away for everyone, with its comments and reactions.",
                        yesText: "Delete", cancelText: "Keep it") == true)
                    await ActAsync(actor => Feed.DeletePostAsync(actor, post.Id, Aborted), "Post deleted.");
                break;
            case PostAction.ToggleComments:
                if (!_open.Remove(post.Id)) _open.Add(post.Id);
                else _comments.Remove(post.Id);
                await ReloadAsync();
                break;
        }
    }

    private async Task EditAsync(PostView post)
    {
        Func<string, Task<string?>> save = body => RefusalOfAsync(actor => Feed.EditPostAsync(actor, post.Id, new PostEdit(body, post.ImageFileId), Aborted));
        var dialog = await Dialogs.ShowAsync<PostEditDialog>(null, new DialogParameters<PostEditDialog> { { d => d.Body, post.Body }, { d => d.Save, save } },
            new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        if ((await dialog.Result)?.Canceled == false) Snackbar.Add("Post saved.", Severity.Success);
        await ReloadAsync();
    }

    private async Task HandleCommentAsync(CommentRequest request)
    {
        var comment = request.Comment;
        switch (request.Action)
        {
            case CommentAction.Hide:
                await ActAsync(actor => Feed.HideCommentAsync(actor, comment.Id, Aborted), "Comment hidden: only staff and its author see it.");
                break;
            case CommentAction.Unhide:
                await ActAsync(actor => Feed.UnhideCommentAsync(actor, comment.Id, Aborted), "Comment shown again.");
                break;
            case CommentAction.Delete:
                if (await Dialogs.ShowMessageBoxAsync("Delete this comment?", "It goes away for everyone, its author included. This cannot be undone.",
                        yesText: "Delete", cancelText: "Keep it") == true)
                    await ActAsync(actor => Feed.DeleteCommentAsync(actor, comment.Id, Aborted), "Comment deleted.");
                break;
            case CommentAction.MuteAuthor:
                var name = comment.AuthorName ?? "This participant";
                if (await Dialogs.ShowMessageBoxAsync($"Mute {name}?",
                        $"{name} can still read this event's live channel but can no longer comment, react, ask, vote or answer. You can unmute them later.",
                        yesText: "Mute", cancelText: "Cancel") == true)
                    await ActAsync(actor => Feed.MuteAsync(actor, Event.Id, comment.AuthorId, Aborted), $"{name} is muted.");
                break;
        }
    }

    private async Task UnmuteAsync(MuteView mute) =>
        await ActAsync(actor => Feed.UnmuteAsync(actor, Event.Id, mute.UserId, Aborted), $"{mute.DisplayName ?? "The participant"} may write again.");
}
