using EventFly.Domain.Common;
using EventFly.Services.Engagement.Contracts;
using EventFly.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace EventFly.Web.Live;

/// <summary>
/// <c>/hubs/live</c>: an event's live channel. <see cref="JoinEvent"/> admits the event's staff and ticket holders
/// (<see cref="IEngagementAccess"/>, the same rule as the REST routes) and fails with a hub error for anyone else,
/// joining nothing. Writes go through the REST API; the hub only pushes (<see cref="SignalRLivePublisher"/>).
/// </summary>
[Authorize]
internal sealed class LiveHub(IEngagementAccess access, LiveConnections connections) : Hub
{
    public const string Path = "/hubs/live";

    /// <summary>Every signed-in connection hears its user's notifications (<see cref="SignalRNotificationPublisher"/>) without asking.</summary>
    public override async Task OnConnectedAsync()
    {
        connections.Opened();
        if (Context.User?.FindUserId() is { } userId)
            await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.User(userId), Context.ConnectionAborted);
        await base.OnConnectedAsync();
    }

    /// <summary>Joins the event's group (and its staff group); answers the caller's place so a client can resynchronise.</summary>
    public async Task<EngagementParticipant> JoinEvent(Guid eventId)
    {
        EngagementParticipant participant;
        try
        {
            participant = await access.JoinAsync(Context.User!.ToActor(), eventId, Context.ConnectionAborted);
        }
        catch (Exception ex) when (ex is ForbiddenException or NotFoundException)
        {
            // The message reaches the client (HubException); nothing else about the failure does.
            throw new HubException(ex.Message);
        }
        await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Event(eventId), Context.ConnectionAborted);
        await Groups.AddToGroupAsync(Context.ConnectionId, LiveGroups.Of(eventId, participant.IsStaff), Context.ConnectionAborted);
        return participant;
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        connections.Closed();
        return base.OnDisconnectedAsync(exception);
    }

    public async Task LeaveEvent(Guid eventId)
    {
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, LiveGroups.Event(eventId), Context.ConnectionAborted);
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, LiveGroups.Of(eventId, staff: true), Context.ConnectionAborted);
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, LiveGroups.Of(eventId, staff: false), Context.ConnectionAborted);
    }
}

/// <summary>Everyone in an event's channel, and its two parts: staff (who also see pending questions and hidden results) and audience.</summary>
internal static class LiveGroups
{
    public static string Event(Guid eventId) => $"event:{eventId:N}";

    /// <summary>All connections of one signed-in user, on any page.</summary>
    public static string User(Guid userId) => $"user:{userId:N}";

    public static string Of(Guid eventId, bool staff) => $"event:{eventId:N}:{(staff ? "staff" : "audience")}";
}

/// <summary>The names of the messages the hub sends (docs/api.md, "Live channel").</summary>
internal static class LiveMessages
{
    public const string PostPublished = nameof(PostPublished);
    public const string PostChanged = nameof(PostChanged);
    public const string CommentAdded = nameof(CommentAdded);
    public const string ReactionsUpdated = nameof(ReactionsUpdated);
    public const string QuestionsUpdated = nameof(QuestionsUpdated);
    public const string PollResultsUpdated = nameof(PollResultsUpdated);
    public const string QuizQuestionOpened = nameof(QuizQuestionOpened);
    public const string QuizQuestionClosed = nameof(QuizQuestionClosed);
    public const string LeaderboardUpdated = nameof(LeaderboardUpdated);
    public const string NotificationReceived = nameof(NotificationReceived);
    public const string UnreadChanged = nameof(UnreadChanged);
}
