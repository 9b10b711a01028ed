using EventFly.Domain.Common;
using EventFly.Domain.Ticketing;
using EventFly.Services.Common;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Organizations.Contracts;
using EventFly.Services.Persistence;
using EventFly.Services.Ticketing.Configurations;
using EventFly.Services.Ticketing.Contracts;
using EventFly.Services.Ticketing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Ticketing;

internal sealed class TicketCatalog(TicketingData db, IEventAccess access, IOrganizationBilling billing, TimeProvider time) : ITicketCatalog
{
    public async Task<TicketTypeListing> ListTicketTypesAsync(Actor actor, Guid eventId, CancellationToken cancellationToken)
    {
        // Staff see hidden types and what is sold; everyone else what is on offer.
        var staff = (await access.ReadAsync(actor, eventId, cancellationToken)).IsStaff;
        var types = await db.TicketTypes.AsNoTracking().Where(t => t.EventId == eventId && (staff || !t.Hidden)).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        return new TicketTypeListing([.. types.OrderBy(t => t.PriceAmount).ThenBy(t => t.Name).Select(t => OrderViews.ToView(t, now))], staff);
    }

    public async Task<IReadOnlyList<TicketTypeView>> ListAllTicketTypesAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var types = await db.TicketTypes.AsNoTracking().Where(t => t.EventId == eventId).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        return [.. types.OrderBy(t => t.PriceAmount).ThenBy(t => t.Name).Select(t => OrderViews.ToView(t, now))];
    }

    public async Task<TicketTypeView> CreateTicketTypeAsync(Actor actor, Guid eventId, TicketTypeDetails details, CancellationToken cancellationToken)
    {
        var grant = await access.RequireAsync(actor, eventId, Permissions.TicketsManage, cancellationToken);
        await EnsureQuotaAsync(eventId, details.QuotaId, cancellationToken);
        await CheckPackageAsync(grant, except: null, details.Capacity, cancellationToken);
        var type = TicketType.Create(eventId, details, time.GetUtcNow());
        db.TicketTypes.Add(type);
        await db.SaveChangesAsync(cancellationToken);
        return OrderViews.ToView(type, time.GetUtcNow());
    }

    public async Task<TicketTypeView> UpdateTicketTypeAsync(Actor actor, Guid eventId, Guid ticketTypeId, TicketTypeDetails details, CancellationToken cancellationToken)
    {
        var grant = await access.RequireAsync(actor, eventId, Permissions.TicketsManage, cancellationToken);
        await EnsureQuotaAsync(eventId, details.QuotaId, cancellationToken);
        var type = await LoadTypeAsync(eventId, ticketTypeId, cancellationToken);
        await CheckPackageAsync(grant, except: ticketTypeId, details.Capacity, cancellationToken);
        type.Change(details);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsViolationOf(TicketTypeConfiguration.NotOversoldCheck))
        {
            // The check constraint: seats were sold between reading and saving the new capacity.
            throw new DomainException(TicketingErrors.CapacityBelowSold, "Capacity cannot drop below the tickets already sold or held.");
        }
        return OrderViews.ToView(type, time.GetUtcNow());
    }

    public async Task DeleteTicketTypeAsync(Actor actor, Guid eventId, Guid ticketTypeId, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, eventId, Permissions.TicketsManage, cancellationToken);
        var deleted = await db.TicketTypes.Where(t => t.EventId == eventId && t.Id == ticketTypeId && t.Sold == 0 && t.Held == 0
                && !db.OrderLines.Any(l => l.TicketTypeId == t.Id))
            .ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            await LoadTypeAsync(eventId, ticketTypeId, cancellationToken);
            throw new DomainException(TicketingErrors.TicketTypeInUse, "Tickets of this type were ordered; hide it instead.");
        }
    }

    public async Task<IReadOnlyList<QuotaView>> ListQuotasAsync(Actor actor, Guid eventId, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, eventId, Permissions.TicketsManage, cancellationToken);
        return await db.Quotas.AsNoTracking().Where(q => q.EventId == eventId).OrderBy(q => q.Name)
            .Select(q => new QuotaView(q.Id, q.EventId, q.Name, q.Capacity, q.Sold, q.Held)).ToListAsync(cancellationToken);
    }

    public async Task<QuotaView> CreateQuotaAsync(Actor actor, Guid eventId, string name, int capacity, CancellationToken cancellationToken)
    {
        await access.RequireAsync(actor, eventId, Permissions.TicketsManage, cancellationToken);
        var quota = Quota.Create(eventId, name, capacity, time.GetUtcNow());
        db.Add(quota);
        await db.SaveChangesAsync(cancellationToken);
        return new QuotaView(quota.Id, quota.EventId, quota.Name, quota.Capacity, quota.Sold, quota.Held);
    }

    public async Task<IReadOnlyDictionary<Guid, Money>> GetMinPricesAsync(IReadOnlyCollection<Guid> eventIds, CancellationToken cancellationToken)
    {
        var prices = await db.TicketTypes.AsNoTracking().Where(t => eventIds.Contains(t.EventId) && !t.Hidden)
            .Select(t => new TypePrice(t.EventId, t.PriceAmount, t.Currency)).ToListAsync(cancellationToken);
        return LowestPerEvent(prices);
    }

    public async Task<IReadOnlyDictionary<Guid, Money>> GetOnSalePricesAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        var prices = await db.TicketTypes.AsNoTracking()
            .Where(t => !t.Hidden && (t.SalesStart == null || t.SalesStart <= at) && (t.SalesEnd == null || t.SalesEnd > at) && t.Capacity - t.Sold - t.Held > 0)
            .Select(t => new TypePrice(t.EventId, t.PriceAmount, t.Currency)).ToListAsync(cancellationToken);
        return LowestPerEvent(prices);
    }

    private sealed record TypePrice(Guid EventId, decimal PriceAmount, string Currency);

    private static Dictionary<Guid, Money> LowestPerEvent(List<TypePrice> prices) =>
        prices.GroupBy(p => p.EventId).ToDictionary(g => g.Key, g => g.OrderBy(p => p.PriceAmount).Select(p => new Money(p.PriceAmount, p.Currency)).First());

    /// <summary>The organization's package caps the tickets an event offers: the capacities of its ticket types together.</summary>
    private async Task CheckPackageAsync(EventGrant grant, Guid? except, int capacity, CancellationToken cancellationToken)
    {
        var package = await billing.GetPackageAsync(grant.OrganizationId, cancellationToken);
        var others = await db.TicketTypes.Where(t => t.EventId == grant.EventId && t.Id != except).SumAsync(t => t.Capacity, cancellationToken);
        package.Check(package.Limits.MaxTicketsPerEvent, others + capacity, "tickets per event");
    }

    private async Task EnsureQuotaAsync(Guid eventId, Guid? quotaId, CancellationToken cancellationToken)
    {
        if (quotaId is { } id && !await db.Quotas.AnyAsync(q => q.Id == id && q.EventId == eventId, cancellationToken))
            throw new NotFoundException(TicketingErrors.UnknownQuota, "There is no such quota for this event.");
    }

    private async Task<TicketType> LoadTypeAsync(Guid eventId, Guid ticketTypeId, CancellationToken cancellationToken) =>
        await db.TicketTypes.SingleOrDefaultAsync(t => t.Id == ticketTypeId && t.EventId == eventId, cancellationToken)
        ?? throw new NotFoundException(TicketingErrors.UnknownTicketType, "There is no such ticket type for this event.");
}
