using EventFly.Domain.Common;

namespace EventFly.Domain.Ticketing;

/// <summary>A capacity shared by several ticket types (e.g. 500 seats for Early bird and Regular together).</summary>
public sealed class Quota : Entity<Guid>
{
    private Quota()
    {
        Name = "";
    }

    public Guid EventId { get; private set; }

    public string Name { get; private set; }

    public int Capacity { get; private set; }

    public int Sold { get; private set; }

    public int Held { get; private set; }

    public static Quota Create(Guid eventId, string name, int capacity, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException(TicketingErrors.InvalidName, "A quota needs a name.");
        if (capacity < 0) throw new DomainException(TicketingErrors.InvalidCapacity, "Capacity cannot be negative.");
        return new Quota { Id = Guid.CreateVersion7(now), EventId = eventId, Name = name.Trim(), Capacity = capacity };
    }
}
