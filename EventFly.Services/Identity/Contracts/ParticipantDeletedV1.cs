using EventFly.Services.Common;

namespace EventFly.Services.Identity.Contracts;

/// <summary>
/// A participant deleted their account (ADR 0030): the account is already anonymized; every context erases or
/// anonymizes what it holds about <paramref name="UserId"/> and keeps what accounting needs. With
/// <paramref name="CancelOpenPaidOrders"/> the person asked to cancel (and refund) their paid orders for events still to come.
/// </summary>
public sealed record ParticipantDeletedV1(Guid UserId, bool CancelOpenPaidOrders, DateTimeOffset OccurredAt) : IIntegrationEvent
{
    public static string MessageType => "identity.participant_deleted";
}
