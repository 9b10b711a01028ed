namespace EventFly.Domain.Common;

/// <summary>Something that happened inside an aggregate that other parts of the model may react to.</summary>
public interface IDomainEvent
{
    DateTimeOffset OccurredAt { get; }
}
