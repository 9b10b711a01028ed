using EventFly.Client.Components;
using EventFly.Services.Engagement.Contracts;
using Microsoft.AspNetCore.Components;

namespace EventFly.Web.Components.Organizer.Live;

public sealed partial class PostCard
{
    [Parameter, EditorRequired] public PostView Post { get; set; } = null!;

    /// <summary>The post's comments when opened, null when closed.</summary>
    [Parameter] public IReadOnlyList<CommentView>? Comments { get; set; }

    [Parameter] public int CommentsTotal { get; set; }

    [Parameter] public bool CanModerate { get; set; }

    /// <summary>The signed-in user: nobody mutes themselves.</summary>
    [Parameter] public Guid MyId { get; set; }

    [Parameter] public IReadOnlySet<Guid> MutedIds { get; set; } = new HashSet<Guid>();

    [Parameter] public string TimeZone { get; set; } = "UTC";

    [Parameter] public EventCallback<PostRequest> OnPost { get; set; }

    [Parameter] public EventCallback<CommentRequest> OnComment { get; set; }

    private Task Raise(PostAction action) => OnPost.InvokeAsync(new PostRequest(Post, action));

    private Task Raise(CommentView comment, CommentAction action) => OnComment.InvokeAsync(new CommentRequest(comment, action));

    private string Local(DateTimeOffset instant) =>
        EventTime.Local(instant, TimeZone).ToString("ddd d MMM HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
