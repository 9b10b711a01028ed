using EventFly.Domain.Ticketing;
using EventFly.Services.Common;
using EventFly.Services.Ticketing;
using EventFly.Services.Ticketing.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Services.Tests;

/// <summary>
/// Drives Ticketing's parts as the tests' organizer (staff) or a buyer: a buyer id of null means "as the organizer".
/// The internal steps (payment arrived, holds expiring) are called the way their outbox handlers and job call them.
/// </summary>
internal sealed class TicketingDriver(IServiceProvider services, Guid organizerId)
{
    private Actor Organizer => new(organizerId);

    private static Actor As(Guid? buyerId, Actor organizer) => buyerId is { } id ? new Actor(id) : organizer;

    public Task<OrderView> PlaceOrderAsync(Guid eventId, Guid buyerId, IReadOnlyList<OrderLineRequest> lines, string? key, CancellationToken ct) =>
        services.GetRequiredService<IOrderPlacement>().PlaceOrderAsync(new Actor(buyerId), eventId, lines, key, ct);

    public Task<OrderView> GetOrderAsync(Guid orderId, Guid? buyerId, CancellationToken ct) =>
        services.GetRequiredService<IOrderQueries>().GetOrderAsync(As(buyerId, Organizer), orderId, ct);

    public Task<OrderView> CancelOrderAsync(Guid orderId, Guid? buyerId, CancellationToken ct) =>
        services.GetRequiredService<IOrderLifecycle>().CancelOrderAsync(As(buyerId, Organizer), orderId, ct);

    public Task<OrderView> ConfirmPaymentAsync(Guid orderId, CancellationToken ct) => services.GetRequiredService<OrderLifecycle>().ConfirmPaymentAsync(orderId, ct);

    public Task<int> ExpireHoldsAsync(CancellationToken ct) => services.GetRequiredService<OrderLifecycle>().ExpireHoldsAsync(ct);

    public Task<Page<OrderSummary>> ListOrdersAsync(Guid eventId, OrderSearch search, CancellationToken ct) =>
        services.GetRequiredService<IOrderQueries>().ListOrdersAsync(Organizer, eventId, search, ct);

    public Task<TicketTypeView> CreateTicketTypeAsync(Guid eventId, TicketTypeDetails details, CancellationToken ct) =>
        services.GetRequiredService<ITicketCatalog>().CreateTicketTypeAsync(Organizer, eventId, details, ct);

    public async Task<IReadOnlyList<TicketTypeView>> ListTicketTypesAsync(Guid eventId, bool includeHidden, CancellationToken ct) =>
        (await services.GetRequiredService<ITicketCatalog>().ListTicketTypesAsync(includeHidden ? Organizer : Actor.Anonymous, eventId, ct)).Items;

    public Task<QuotaView> CreateQuotaAsync(Guid eventId, string name, int capacity, CancellationToken ct) =>
        services.GetRequiredService<ITicketCatalog>().CreateQuotaAsync(Organizer, eventId, name, capacity, ct);

    public Task<IReadOnlyList<QuotaView>> ListQuotasAsync(Guid eventId, CancellationToken ct) =>
        services.GetRequiredService<ITicketCatalog>().ListQuotasAsync(Organizer, eventId, ct);
}
