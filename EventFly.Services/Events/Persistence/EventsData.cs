using EventFly.Domain.Events;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Events.Persistence;

/// <summary>The Events context's table.</summary>
internal sealed class EventsData(EventFlyDbContext db) : ContextData(db)
{
    public DbSet<Event> Events => Set<Event>();
}
