using EventFly.Services.Engagement.Contracts;

namespace EventFly.Web.Components.Organizer.Live;

/// <summary>What a moderator asked of a post in the feed list.</summary>
public enum PostAction
{
    Pin,
    Unpin,
    Edit,
    Delete,
    ToggleComments,
}

/// <summary>What a moderator asked of a comment.</summary>
public enum CommentAction
{
    Hide,
    Unhide,
    Delete,
    MuteAuthor,
}

public sealed record PostRequest(PostView Post, PostAction Action);

public sealed record CommentRequest(CommentView Comment, CommentAction Action);
