using System.Text.Json.Serialization;

namespace EventFly.Client.Contracts;

/// <summary><c>ended</c>: published, and its end has passed.</summary>
[JsonConverter(typeof(WireEnumConverter<EventState>))]
public enum EventState
{
    Draft,
    Published,
    Ended,
    Cancelled,
}

[JsonConverter(typeof(WireEnumConverter<OrderState>))]
public enum OrderState
{
    PendingPayment,
    Confirmed,
    Cancelled,
    Expired,
}

/// <summary>A ticket admits while it is <c>valid</c>: its order is confirmed and it has not been scanned.</summary>
[JsonConverter(typeof(WireEnumConverter<TicketState>))]
public enum TicketState
{
    Valid,
    CheckedIn,
    Cancelled,
}

/// <summary><c>offered</c>: seats are held for the entry until <c>offerExpiresAt</c>.</summary>
[JsonConverter(typeof(WireEnumConverter<WaitlistState>))]
public enum WaitlistState
{
    Waiting,
    Offered,
    Claimed,
    Expired,
    Left,
}

/// <summary><c>expired</c>: still pending when its time ran out.</summary>
[JsonConverter(typeof(WireEnumConverter<InvitationState>))]
public enum InvitationState
{
    Pending,
    Accepted,
    Revoked,
    Expired,
}

/// <summary>A question of an event's Q&amp;A: <c>pending</c> waits for a moderator; <c>hidden</c> was taken down by one.</summary>
[JsonConverter(typeof(WireEnumConverter<QuestionState>))]
public enum QuestionState
{
    Pending,
    Visible,
    Answered,
    Hidden,
}

/// <summary>A live poll: <c>draft</c> (staff only), <c>open</c>, <c>closed</c> (by hand or at its close time).</summary>
[JsonConverter(typeof(WireEnumConverter<PollState>))]
public enum PollState
{
    Draft,
    Open,
    Closed,
}

/// <summary>When the audience sees a poll's results (staff always do).</summary>
[JsonConverter(typeof(WireEnumConverter<PollResultsVisibility>))]
public enum PollResultsVisibility
{
    Live,
    AfterClose,
}

/// <summary>A live quiz: <c>draft</c> (staff only), <c>running</c> (questions open one by one), <c>finished</c>.</summary>
[JsonConverter(typeof(WireEnumConverter<QuizState>))]
public enum QuizState
{
    Draft,
    Running,
    Finished,
}

/// <summary>The current question of a running quiz: <c>open</c> takes answers, <c>revealed</c> shows the correct option.</summary>
[JsonConverter(typeof(WireEnumConverter<QuizQuestionPhase>))]
public enum QuizQuestionPhase
{
    Open,
    Revealed,
}

/// <summary>A caller's place in an event's live channel: its staff run it, ticket holders are its audience.</summary>
[JsonConverter(typeof(WireEnumConverter<EngagementRole>))]
public enum EngagementRole
{
    Staff,
    Audience,
}
