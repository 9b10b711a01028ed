using CsCheck;
using EventFly.Domain.Common;
using EventFly.Domain.Ticketing;

namespace EventFly.Domain.Tests;

public sealed class TicketingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid EventId = Guid.NewGuid();

    private static TicketType Type(decimal price, string currency = "EUR", int capacity = 10, int max = 4, DateTimeOffset? salesEnd = null) =>
        TicketType.Create(EventId, new TicketTypeDetails("Std", null, new Money(price, currency), capacity, null, salesEnd, 1, max, null, false, null), Now);

    [Theory]
    [InlineData(12.345, "EUR", 12.35)]
    [InlineData(12.344, "EUR", 12.34)]
    [InlineData(1234.5, "JPY", 1235)]
    [InlineData(0.005, "USD", 0.01)]
    public void Money_RoundsToTheCurrencysMinorUnit(decimal amount, string currency, decimal expected) =>
        Assert.Equal(expected, new Money(amount, currency).Amount);

    [Theory]
    [InlineData("EURO")]
    [InlineData("€")]
    [InlineData("")]
    public void Money_WithoutAnIsoCode_Throws(string currency) =>
        Assert.Equal("invalid_currency", Assert.Throws<DomainException>(() => new Money(1, currency)).Code);

    [Fact]
    public void Money_SumOfQuantities_IsExactForAnyPriceAndQuantity() =>
        Gen.Select(Gen.Int[0, 100_000], Gen.Int[1, 100]).Sample((cents, quantity) =>
            new Money(cents / 100m, "EUR").Times(quantity).Amount == cents * quantity / 100m);

    [Fact]
    public void FreeOrder_IsConfirmedWithATicketPerSeat_PaidOrderWaitsForPayment()
    {
        var free = Order.Place(EventId, Guid.NewGuid(), [(Type(0), 3)], Now, TimeSpan.FromMinutes(15));
        var paid = Order.Place(EventId, Guid.NewGuid(), [(Type(10), 2)], Now, TimeSpan.FromMinutes(15));

        Assert.Equal(OrderStatus.Confirmed, free.Status);
        Assert.Equal(3, free.Tickets.Count);
        Assert.Equal(OrderStatus.PendingPayment, paid.Status);
        Assert.Equal(20m, paid.TotalAmount);
        Assert.Equal(Now.AddMinutes(15), paid.ExpiresAt);
        Assert.Empty(paid.Tickets);
    }

    [Fact]
    public void Order_MixingCurrencies_OrOutsideTheLimits_Throws()
    {
        Assert.Equal("currency_mismatch", Assert.Throws<DomainException>(() =>
            Order.Place(EventId, Guid.NewGuid(), [(Type(5, "EUR"), 1), (Type(5, "USD"), 1)], Now, TimeSpan.FromMinutes(15))).Code);
        Assert.Equal("invalid_quantity", Assert.Throws<DomainException>(() =>
            Order.Place(EventId, Guid.NewGuid(), [(Type(0, max: 2), 3)], Now, TimeSpan.FromMinutes(15))).Code);
        Assert.Equal("sales_closed", Assert.Throws<DomainException>(() =>
            Order.Place(EventId, Guid.NewGuid(), [(Type(0, salesEnd: Now), 1)], Now, TimeSpan.FromMinutes(15))).Code);
        Assert.Equal("empty_order", Assert.Throws<DomainException>(() =>
            Order.Place(EventId, Guid.NewGuid(), [], Now, TimeSpan.FromMinutes(15))).Code);
    }

    [Fact]
    public void TicketCodes_AreUnguessableAndUnique()
    {
        var order = Order.Place(EventId, Guid.NewGuid(), [(Type(0, capacity: 100, max: 100), 100)], Now, TimeSpan.FromMinutes(15));

        Assert.Equal(100, order.Tickets.Select(t => t.Code).Distinct().Count());
        Assert.All(order.Tickets, t => Assert.Equal(32, t.Code.Length));
    }

    [Fact]
    public void Order_Lifecycle_ExpiresOnlyPastItsHold_CancelsOnce_AndAcceptsALatePaymentOnlyAfterExpiry()
    {
        var order = Order.Place(EventId, Guid.NewGuid(), [(Type(10), 2)], Now, TimeSpan.FromMinutes(15));

        Assert.Equal("order_not_expired", Assert.Throws<DomainException>(() => order.Expire(Now.AddMinutes(14))).Code);
        order.Expire(Now.AddMinutes(15));
        Assert.Equal(OrderStatus.Expired, order.Status);
        Assert.Equal("order_closed", Assert.Throws<DomainException>(() => order.Cancel(Now.AddMinutes(16))).Code);

        order.Confirm(Now.AddMinutes(20));
        Assert.Equal((OrderStatus.Confirmed, 2), (order.Status, order.Tickets.Count));
        order.Cancel(Now.AddMinutes(30));
        Assert.Equal("order_closed", Assert.Throws<DomainException>(() => order.Confirm(Now.AddMinutes(31))).Code);
    }

    [Fact]
    public void LatePayment_IsRejectedOnlyForAnExpiredOrder()
    {
        var pending = Order.Place(EventId, Guid.NewGuid(), [(Type(10), 1)], Now, TimeSpan.FromMinutes(15));
        Assert.Equal("order_not_expired", Assert.Throws<DomainException>(() => pending.RejectLatePayment(Now)).Code);
        pending.Expire(Now.AddHours(1));
        pending.RejectLatePayment(Now.AddHours(2));
        Assert.Equal(OrderStatus.Cancelled, pending.Status);
    }

    [Fact]
    public void Waitlist_IsOnlyForSoldOutTypes_AndAnOfferIsClaimedOnlyWhileOpen()
    {
        Assert.Equal("not_sold_out", Assert.Throws<DomainException>(() => WaitlistEntry.Join(Type(0, capacity: 5), Guid.NewGuid(), 1, Now)).Code);
        var soldOut = Type(0, capacity: 0);
        Assert.Equal("invalid_quantity", Assert.Throws<DomainException>(() => WaitlistEntry.Join(soldOut, Guid.NewGuid(), 5, Now)).Code);
        var entry = WaitlistEntry.Join(soldOut, Guid.NewGuid(), 2, Now);
        Assert.Equal("offer_expired", Assert.Throws<DomainException>(() => entry.Claim(Now)).Code);

        entry.Offer(Now, TimeSpan.FromHours(24));
        Assert.Equal("offer_open", Assert.Throws<DomainException>(() => entry.ExpireOffer(Now.AddHours(23))).Code);
        Assert.Equal("offer_expired", Assert.Throws<DomainException>(() => entry.Claim(Now.AddHours(24))).Code);
        entry.Claim(Now.AddHours(23));
        Assert.Equal(WaitlistStatus.Claimed, entry.Status);
        Assert.Equal("not_waiting", Assert.Throws<DomainException>(() => entry.Leave()).Code);
    }

    [Fact]
    public void Waitlist_LeavingAnOffer_SaysItsSeatsMustBeReleased()
    {
        var waiting = WaitlistEntry.Join(Type(0, capacity: 0), Guid.NewGuid(), 1, Now);
        var offered = WaitlistEntry.Join(Type(0, capacity: 0), Guid.NewGuid(), 1, Now);
        offered.Offer(Now, TimeSpan.FromHours(1));

        Assert.False(waiting.Leave());
        Assert.True(offered.Leave());
    }
}
