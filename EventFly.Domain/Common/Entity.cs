namespace EventFly.Domain.Common;

/// <summary>Base of every entity: identity by typed id, and domain events collected until they are dispatched.</summary>
public abstract class Entity<TId>
    where TId : struct
{
    private readonly List<IDomainEvent> _domainEvents = [];

    public TId Id { get; protected init; }

    public IReadOnlyList<IDomainEvent> DomainEvents => _domainEvents;

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    public void ClearDomainEvents() => _domainEvents.Clear();
}
