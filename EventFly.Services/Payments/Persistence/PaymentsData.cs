using EventFly.Domain.Payments;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Services.Payments.Persistence;

/// <summary>The Payments context's tables.</summary>
internal sealed class PaymentsData(EventFlyDbContext db) : ContextData(db)
{
    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<ProcessedPaymentNotice> ProcessedNotices => Set<ProcessedPaymentNotice>();
}
