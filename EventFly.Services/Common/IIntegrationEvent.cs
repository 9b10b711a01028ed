namespace EventFly.Services.Common;

/// <summary>
/// A fact one context announces to the others: a plain record in the announcing context's Contracts, separate from its
/// domain events, with a stable <see cref="MessageType"/> and a version in its name (<c>V1</c>). A change that breaks
/// consumers is a new record (<c>V2</c>) published beside the old one until no consumer reads it.
/// </summary>
public interface IIntegrationEvent
{
    /// <summary>The name the outbox (and later the message bus) carries it under, e.g. <c>events.cancelled</c>.</summary>
    static abstract string MessageType { get; }

    DateTimeOffset OccurredAt { get; }
}
