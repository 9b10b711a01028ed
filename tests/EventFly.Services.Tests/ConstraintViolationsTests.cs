using EventFly.Domain.Common;
using EventFly.Domain.Ticketing;
using EventFly.Services.Organizations.Configurations;
using EventFly.Services.Payments;
using EventFly.Services.Payments.Configurations;
using EventFly.Services.Persistence;
using EventFly.Services.Ticketing.Configurations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Services.Tests;

/// <summary>
/// A failed save names the constraint it broke, on a real SQLite database with the migrations applied
/// (<see cref="PostgreSqlConstraintViolationsTests"/>: on PostgreSQL).
/// </summary>
public class ConstraintViolationsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);

    private readonly SqliteServices _services;

    public ConstraintViolationsTests() => _services = new SqliteServices();

    /// <summary>On another database: <paramref name="settings"/> name its provider and connection string.</summary>
    protected ConstraintViolationsTests(IDictionary<string, string?> settings) => _services = new SqliteServices(settings);

    public async ValueTask InitializeAsync() => await _services.InitializeAsync();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task AUniqueIndexViolation_IsKnownByTheIndexName()
    {
        var type = await AddAsync(TicketType.Create(Guid.NewGuid(), SoldOut, Now));
        var userId = Guid.NewGuid();
        await AddAsync(WaitlistEntry.Join(type, userId, 1, Now));

        var failure = await AddFailingAsync(WaitlistEntry.Join(type, userId, 1, Now));

        Assert.Equal([WaitlistEntryConfiguration.ActiveEntryPerUser], ConstraintViolations.ViolatedConstraints(failure));
        Assert.True(failure.IsViolationOf(WaitlistEntryConfiguration.ActiveEntryPerUser));
        Assert.False(failure.IsViolationOf(MembershipConfiguration.OneMembershipPerUser));
        Assert.False(failure.IsViolationOf(TicketTypeConfiguration.NotOversoldCheck));
    }

    [Fact]
    public async Task APrimaryKeyViolation_IsKnownByTheKeyName()
    {
        await AddAsync(new ProcessedPaymentNotice("evt_1", "checkout.session.completed", Now));

        var failure = await AddFailingAsync(new ProcessedPaymentNotice("evt_1", "checkout.session.completed", Now));

        Assert.True(failure.IsViolationOf(ProcessedPaymentNoticeConfiguration.OncePerNotice));
        Assert.False(failure.IsViolationOf(IdempotencyRecordConfiguration.OneRecordPerKey));
    }

    [Fact]
    public async Task ACheckConstraintViolation_IsKnownByItsName_AndNotTakenForAnotherCheck()
    {
        var type = await AddAsync(TicketType.Create(Guid.NewGuid(), SoldOut, Now));
        var quota = await AddAsync(Quota.Create(Guid.NewGuid(), "Hall", 10, Now));

        var typeFailure = await NegativeCapacityFailureAsync<TicketType>(type.Id);
        var quotaFailure = await NegativeCapacityFailureAsync<Quota>(quota.Id);

        Assert.True(typeFailure.IsViolationOf(TicketTypeConfiguration.NotOversoldCheck));
        Assert.False(typeFailure.IsViolationOf(QuotaConfiguration.NotOversoldCheck));
        Assert.True(quotaFailure.IsViolationOf(QuotaConfiguration.NotOversoldCheck));
        Assert.False(quotaFailure.IsViolationOf(TicketTypeConfiguration.NotOversoldCheck));
    }

    [Fact]
    public void AFailureWithoutADatabaseError_NamesNoConstraint()
    {
        Assert.Empty(ConstraintViolations.ViolatedConstraints(new DbUpdateException("Lost.", new TimeoutException())));
        Assert.Empty(ConstraintViolations.ViolatedConstraints(new DbUpdateConcurrencyException("Changed meanwhile.")));
    }

    [Theory]
    [InlineData("Cannot insert duplicate key row in object 'dbo.WaitlistEntries' with unique index 'IX_WaitlistEntries_TicketTypeId_UserId'. The duplicate key value is (1, 2).",
        "IX_WaitlistEntries_TicketTypeId_UserId")]
    [InlineData("Violation of PRIMARY KEY constraint 'PK_ProcessedPaymentNotices'. Cannot insert duplicate key in object 'dbo.ProcessedPaymentNotices'. The duplicate key value is (evt_1).",
        "PK_ProcessedPaymentNotices")]
    [InlineData("The UPDATE statement conflicted with the CHECK constraint \"CK_TicketTypes_NotOversold\". The conflict occurred in database \"EventFly\", table \"dbo.TicketTypes\".",
        "CK_TicketTypes_NotOversold")]
    public void ASqlServerMessage_NamesTheConstraint(string message, string name)
    {
        Assert.Equal([name], ConstraintViolations.InSqlServerMessage(message));
    }

    private static TicketTypeDetails SoldOut => new("Standard", null, new Money(0, "EUR"), 0, null, null, 1, 5, null, false, null);

    private Task<T> AddAsync<T>(T entity) where T : class => _services.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<EventFlyDbContext>();
        db.Add(entity);
        await db.SaveChangesAsync(default);
        return entity;
    });

    private Task<DbUpdateException> AddFailingAsync(object entity) => _services.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<EventFlyDbContext>();
        db.Add(entity);
        return await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(default));
    });

    /// <summary>Sets the capacity below what its check allows, the way a capacity change that raced a sale would.</summary>
    private Task<DbUpdateException> NegativeCapacityFailureAsync<T>(Guid id) where T : Entity<Guid> => _services.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<EventFlyDbContext>();
        var entity = await db.Set<T>().SingleAsync(e => e.Id == id, default);
        db.Entry(entity).Property("Capacity").CurrentValue = -1;
        return await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(default));
    });
}
