namespace EventFly.Domain.Engagement;

/// <summary>Draft (only staff see it), Open (takes ballots until closed or its close time), Closed.</summary>
public enum PollStatus
{
    Draft,
    Open,
    Closed,
}
