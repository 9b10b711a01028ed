using EventFly.Services.DemoData;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Services.Tests;

public sealed class DatabaseInitializerTests
{
    [Fact]
    public async Task Initialize_OnEmptyFile_AppliesEveryMigration()
    {
        await using var services = new SqliteServices();

        await services.InitializeAsync();

        var pending = await services.InScopeAsync(sp => sp.GetRequiredService<EventFlyDbContext>().Database.GetPendingMigrationsAsync());
        Assert.Empty(pending);
    }

    [Fact]
    public async Task Initialize_OnEmptyFile_CreatesATableForEveryMappedEntity()
    {
        await using var services = new SqliteServices();

        await services.InitializeAsync();

        var (expected, actual) = await services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<EventFlyDbContext>();
            var mapped = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().ToList();
            var tables = await db.Database
                .SqlQuery<string>($"SELECT name AS Value FROM sqlite_master WHERE type = 'table'")
                .ToListAsync();
            return (mapped, tables);
        });
        Assert.Contains("AspNetUsers", expected);
        Assert.All(expected, table => Assert.Contains(table, actual));
        Assert.Contains("__EFMigrationsHistory", actual);
    }

    [Fact]
    public async Task Initialize_Twice_KeepsOnePlatformAdminRoleAndEveryMigrationAppliedOnce()
    {
        await using var services = new SqliteServices();

        await services.InitializeAsync();
        await services.InitializeAsync();

        var (roles, applied, known) = await services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<EventFlyDbContext>();
            return (
                await db.Roles.Select(r => r.Name).ToListAsync(),
                (await db.Database.GetAppliedMigrationsAsync()).ToList(),
                db.Database.GetMigrations().ToList());
        });
        Assert.Equal([Roles.PlatformAdmin], roles);
        Assert.Equal(known, applied);
    }

    [Fact]
    public async Task Initialize_WithDemoData_CreatesDemoAccountsOnce()
    {
        await using var services = new SqliteServices(new Dictionary<string, string?> { ["EventFly:DemoData"] = "true" });

        await services.InitializeAsync();
        await services.InitializeAsync();

        var emails = await services.InScopeAsync(sp => sp.GetRequiredService<EventFlyDbContext>().Users.Select(u => u.Email).ToListAsync());
        Assert.Equal(DemoAccounts.All.Select(a => a.Email).Order(), emails.Order());
        var adminIsAdmin = await services.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            return await users.IsInRoleAsync((await users.FindByEmailAsync(DemoAccounts.Admin.Email))!, Roles.PlatformAdmin);
        });
        Assert.True(adminIsAdmin);
        // The accounts share one password hash (made once, hashing is slow); each still signs in with the demo password.
        var signIns = await services.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var (ada, guest) = ((await users.FindByEmailAsync(DemoAccounts.Participant.Email))!, (await users.FindByEmailAsync(DemoAccounts.Crowd[^1].Email))!);
            return (await users.CheckPasswordAsync(ada, DemoAccounts.Password), await users.CheckPasswordAsync(guest, DemoAccounts.Password),
                await users.CheckPasswordAsync(guest, "Wrong!Pass1"));
        });
        Assert.Equal((true, true, false), signIns);
        Assert.Equal(60, DemoAccounts.Crowd.Select(a => a.Email).Distinct().Count());
        var organizations = await services.InScopeAsync(sp => sp.GetRequiredService<EventFlyDbContext>().Set<EventFly.Domain.Organizations.Organization>()
            .Include(o => o.Members).ToListAsync());
        var riverside = organizations.Single(o => o.Name == "Riverside Events");
        Assert.Equal(4, riverside.Members.Count);
        Assert.Equal(4, riverside.Members.Select(m => m.RoleId).Distinct().Count());
        var events = await services.InScopeAsync(sp => sp.GetRequiredService<EventFly.Services.Events.Contracts.IEventService>().SearchAsync(
            new EventFly.Services.Events.Contracts.EventSearch(null, null, null, null, null, null, null, "date", 1, 50), default));
        Assert.Equal(7, events.Total);
        // The meetup's live channel, seeded once: posts (one pinned), Q&A, a closed and an open poll, a quiz ready to host.
        // (The past concert's channel is history, see DemoHistoryTests.)
        var live = await services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<EventFlyDbContext>();
            var meetup = (await db.Set<EventFly.Domain.Events.Event>().SingleAsync(e => e.Name == "Blazor & .NET Meetup")).Id;
            var posts = db.Set<EventFly.Domain.Engagement.Post>().Where(p => p.EventId == meetup);
            return (Posts: await posts.CountAsync(), Pinned: await posts.CountAsync(p => p.PinnedAt != null),
                Questions: await db.Set<EventFly.Domain.Engagement.Question>().CountAsync(q => q.EventId == meetup),
                Polls: await db.Set<EventFly.Domain.Engagement.Poll>().Where(p => p.EventId == meetup).Select(p => p.Status).ToListAsync(),
                Quizzes: await db.Set<EventFly.Domain.Engagement.Quiz>().Where(q => q.EventId == meetup).Select(q => new { q.Status, q.Questions.Count }).ToListAsync());
        });
        Assert.Equal((3, 1, 2), (live.Posts, live.Pinned, live.Questions));
        Assert.Equal([EventFly.Domain.Engagement.PollStatus.Open, EventFly.Domain.Engagement.PollStatus.Closed], live.Polls.Order());
        Assert.Equal(EventFly.Domain.Engagement.QuizStatus.Draft, Assert.Single(live.Quizzes).Status);
        Assert.Equal(3, live.Quizzes[0].Count);
        // The past concert: ended (so not found by search), rated by Ada and six more, one reply (the crowd's ratings are
        // history, see DemoHistoryTests).
        var past = await services.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<EventFlyDbContext>();
            var concert = await db.Set<EventFly.Domain.Events.Event>().SingleAsync(e => e.Name == DemoPastEvent.Name);
            var raters = DemoAccounts.Raters.Append(DemoAccounts.Participant).Select(a => a.Email.ToUpperInvariant()).ToList();
            var raterIds = await db.Users.Where(u => raters.Contains(u.NormalizedEmail!)).Select(u => u.Id).ToListAsync();
            var feedback = await db.Set<EventFly.Domain.Feedback.EventFeedback>().Where(f => f.EventId == concert.Id && raterIds.Contains(f.UserId)).ToListAsync();
            return (concert.EndsAt - concert.StartsAt, Ratings: feedback.Count, Replies: feedback.Count(f => f.Reply != null));
        });
        Assert.Equal((TimeSpan.FromHours(DemoPastEvent.LastsHours), 7, 1), past);
        // Ada's bell: a reminder for the meetup and a feedback request for the concert, in the app only, stored once.
        var bell = await services.InScopeAsync(async sp =>
        {
            var ada = (await sp.GetRequiredService<IProfileService>().FindAccountByEmailAsync(DemoAccounts.Participant.Email, default))!;
            return await sp.GetRequiredService<EventFlyDbContext>().Set<EventFly.Domain.Notifications.Notification>()
                .Where(n => n.UserId == ada.Id).Select(n => new { n.Reason, n.InApp, n.Emailed }).ToListAsync();
        });
        Assert.Equal([EventFly.Domain.Notifications.NotificationReason.Reminder, EventFly.Domain.Notifications.NotificationReason.FeedbackRequest],
            bell.Select(n => n.Reason).Order());
        Assert.All(bell, n => Assert.True(n.InApp && !n.Emailed));
    }

    [Fact]
    public async Task Initialize_WithoutDemoData_CreatesNoAccounts()
    {
        await using var services = new SqliteServices();

        await services.InitializeAsync();

        var count = await services.InScopeAsync(sp => sp.GetRequiredService<EventFlyDbContext>().Users.CountAsync());
        Assert.Equal(0, count);
    }

    [Theory]
    [InlineData("root@example.com", null)]
    [InlineData("root@example.com", "")]
    [InlineData(null, "Root!Pass1")]
    [InlineData("  ", "Root!Pass1")]
    public async Task Initialize_WithIncompleteAdminSettings_CreatesNoAccount(string? email, string? password)
    {
        await using var services = new SqliteServices(new Dictionary<string, string?>
        {
            ["EventFly:Admin:Email"] = email,
            ["EventFly:Admin:Password"] = password,
        });

        await services.InitializeAsync();

        var count = await services.InScopeAsync(sp => sp.GetRequiredService<EventFlyDbContext>().Users.CountAsync());
        Assert.Equal(0, count);
    }

    [Fact]
    public async Task Initialize_WithConfiguredAdmin_EnsuresAdminWhoCanSignIn()
    {
        await using var services = new SqliteServices(new Dictionary<string, string?>
        {
            ["EventFly:Admin:Email"] = "root@example.com",
            ["EventFly:Admin:Password"] = "Root!Pass1",
        });

        await services.InitializeAsync();
        await services.InitializeAsync();

        var (isAdmin, passwordOk, count) = await services.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var admin = (await users.FindByEmailAsync("root@example.com"))!;
            return (await users.IsInRoleAsync(admin, Roles.PlatformAdmin), await users.CheckPasswordAsync(admin, "Root!Pass1"), users.Users.Count());
        });
        Assert.True(isAdmin);
        Assert.True(passwordOk);
        Assert.Equal(1, count);
    }

    [Fact]
    public async Task Initialize_WhenTheAdminAddressWasRegisteredFirst_OnlyTheConfiguredPasswordOpensIt()
    {
        var settings = new Dictionary<string, string?> { ["EventFly:Admin:Email"] = "root@example.com", ["EventFly:Admin:Password"] = "Root!Pass1" };
        await using var services = new SqliteServices(settings);
        await services.InitializeAsync();
        await services.InScopeAsync(async sp =>
        {
            // Simulate a squatter: the account exists with a password only they know.
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var admin = (await users.FindByEmailAsync("root@example.com"))!;
            await users.RemovePasswordAsync(admin);
            return await users.AddPasswordAsync(admin, "Squatter!Pass1");
        });

        await services.InitializeAsync();

        var (configured, squatter) = await services.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var admin = (await users.FindByEmailAsync("root@example.com"))!;
            return (await users.CheckPasswordAsync(admin, "Root!Pass1"), await users.CheckPasswordAsync(admin, "Squatter!Pass1"));
        });
        Assert.True(configured);
        Assert.False(squatter);
    }
}
