using EventFly.Domain.Common;
using EventFly.Domain.Organizations;
using EventFly.Domain.Payments;

namespace EventFly.Domain.Tests;

public sealed class PaymentTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Refunds_NeverExceedWhatWasPaid_AndASecondFullRefundIsNothing()
    {
        var payment = Payment.ForOrder(Guid.NewGuid(), "cs_1", new Money(30, "EUR"), "Tickets", "http://localhost/orders", Now);
        Assert.Equal(0, payment.Refundable(30));

        payment.MarkPaid("pi_1", Now);
        Assert.Equal(30, payment.Refundable(50));
        payment.RecordRefund(payment.Refundable(50));

        Assert.Equal(0, payment.Refundable(30));
        Assert.Equal("refund_too_large", Assert.Throws<DomainException>(() => payment.RecordRefund(1)).Code);
    }

    [Fact]
    public void Notices_OutOfOrder_KeepAPaidPaymentPaid()
    {
        var payment = Payment.ForOrder(Guid.NewGuid(), "cs_1", new Money(30, "EUR"), "Tickets", "http://localhost/orders", Now);

        Assert.True(payment.MarkPaid("pi_1", Now));
        Assert.False(payment.MarkPaid("pi_1", Now));
        Assert.False(payment.MarkExpired());
        Assert.Equal(PaymentStatus.Paid, payment.Status);
    }

    [Theory]
    [InlineData(12.50, "EUR", 1250)]
    [InlineData(1500, "JPY", 1500)]
    [InlineData(0.01, "USD", 1)]
    public void Money_ConvertsToAndFromMinorUnits(decimal amount, string currency, long minor)
    {
        Assert.Equal(minor, new Money(amount, currency).ToMinorUnits());
        Assert.Equal(amount, Money.FromMinorUnits(minor, currency).Amount);
    }

    [Fact]
    public void Packages_CheckTheirLimits_AndBusinessHasNoEventLimit()
    {
        Assert.Equal("package_limit_reached", Assert.Throws<DomainException>(() => Package.Free.Check(Package.Free.Limits.MaxPublishedEvents, 3, "events")).Code);
        Package.Free.Check(Package.Free.Limits.MaxPublishedEvents, 2, "events");
        Package.Business.Check(Package.Business.Limits.MaxPublishedEvents, 10_000, "events");
        Assert.Equal("unknown_package", Assert.Throws<NotFoundException>(() => Package.Find("platinum")).Code);
    }
}
