using System.Text.Json;
using EventFly.Domain.Identity;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Services.Tests;

public sealed class ProfileServiceTests : IAsyncLifetime
{
    private readonly SqliteServices _services = new();

    public async ValueTask InitializeAsync() => await _services.InitializeAsync();

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    [Fact]
    public async Task UpdateProfile_ThenGet_RoundTripsEveryField()
    {
        var user = await _services.CreateUserAsync("ada@example.com");
        var profile = ParticipantProfile.Create("Ada", "Berlin", 52.52, 13.405, ["Music", "tech", "music"]);

        await _services.InScopeAsync(sp => sp.GetRequiredService<IProfileService>().UpdateProfileAsync(user.Id, profile, default));
        var stored = await _services.InScopeAsync(sp => sp.GetRequiredService<IProfileService>().GetProfileAsync(user.Id, default));

        Assert.NotNull(stored);
        Assert.Equal("Ada", stored.DisplayName);
        Assert.Equal("Berlin", stored.City);
        Assert.Equal(52.52, stored.Location!.Value.Latitude);
        Assert.Equal(13.405, stored.Location!.Value.Longitude);
        Assert.Equal(["music", "tech"], stored.Interests);
    }

    [Fact]
    public async Task UpdateProfile_StoresInterestsAsOneJsonArrayColumn()
    {
        var user = await _services.CreateUserAsync("json@example.com");

        await _services.InScopeAsync(sp => sp.GetRequiredService<IProfileService>()
            .UpdateProfileAsync(user.Id, ParticipantProfile.Create(null, null, null, null, ["Jazz", "rock \"n\" roll"]), default));

        var column = await _services.InScopeAsync(sp => sp.GetRequiredService<EventFlyDbContext>().Database
            .SqlQuery<string>($"SELECT Interests AS Value FROM AspNetUsers WHERE Email = {"json@example.com"}")
            .SingleAsync());
        Assert.StartsWith("[", column, StringComparison.Ordinal);
        Assert.Equal(["jazz", "rock \"n\" roll"], JsonSerializer.Deserialize<string[]>(column)!);
    }

    [Fact]
    public async Task GetProfile_OfANewAccount_IsEmpty()
    {
        var user = await _services.CreateUserAsync("new@example.com");

        var profile = await _services.InScopeAsync(sp => sp.GetRequiredService<IProfileService>().GetProfileAsync(user.Id, default));

        Assert.NotNull(profile);
        Assert.Null(profile.DisplayName);
        Assert.Null(profile.City);
        Assert.Null(profile.Location);
        Assert.Empty(profile.Interests);
    }

    [Fact]
    public async Task UpdateProfile_ShowsTheNewDisplayNameOnTheAccount()
    {
        var user = await _services.CreateUserAsync("grace@example.com");

        await _services.InScopeAsync(sp => sp.GetRequiredService<IProfileService>()
            .UpdateProfileAsync(user.Id, ParticipantProfile.Create("Grace Hopper", null, null, null, null, "de"), default));
        var account = await _services.InScopeAsync(sp => sp.GetRequiredService<IProfileService>().GetAccountAsync(user.Id, default));

        Assert.Equal(new AccountSummary(user.Id, "grace@example.com", "Grace Hopper", false, "de"), account);
    }

    [Fact]
    public async Task FindAccountByEmail_IgnoresCaseAndSurroundingSpace()
    {
        var user = await _services.CreateUserAsync("Linus@Example.com");

        var found = await _services.InScopeAsync(sp => sp.GetRequiredService<IProfileService>().FindAccountByEmailAsync("  linus@EXAMPLE.com ", default));
        var missing = await _services.InScopeAsync(sp => sp.GetRequiredService<IProfileService>().FindAccountByEmailAsync("nobody@example.com", default));

        Assert.Equal(user.Id, found!.Id);
        Assert.Null(missing);
    }

    [Fact]
    public async Task GetAccounts_ReturnsOnlyTheAccountsThatExist()
    {
        var first = await _services.CreateUserAsync("one@example.com");
        var second = await _services.CreateUserAsync("two@example.com");
        await _services.CreateUserAsync("three@example.com");

        var accounts = await _services.InScopeAsync(sp => sp.GetRequiredService<IProfileService>()
            .GetAccountsAsync([first.Id, second.Id, Guid.NewGuid()], default));

        Assert.Equal(["one@example.com", "two@example.com"], accounts.Select(a => a.Email).Order());
    }

    [Fact]
    public async Task UpdateProfile_ClearingLocation_StoresNoLocation()
    {
        var user = await _services.CreateUserAsync("bob@example.com");
        await _services.InScopeAsync(sp => sp.GetRequiredService<IProfileService>()
            .UpdateProfileAsync(user.Id, ParticipantProfile.Create(null, null, 1, 2, null), default));

        var stored = await _services.InScopeAsync(sp => sp.GetRequiredService<IProfileService>()
            .UpdateProfileAsync(user.Id, ParticipantProfile.Empty, default));

        Assert.Null(stored!.Location);
    }

    [Fact]
    public async Task UnknownUser_GetsNullEverywhere()
    {
        var id = Guid.NewGuid();

        var account = await _services.InScopeAsync(sp => sp.GetRequiredService<IProfileService>().GetAccountAsync(id, default));
        var profile = await _services.InScopeAsync(sp => sp.GetRequiredService<IProfileService>().GetProfileAsync(id, default));
        var updated = await _services.InScopeAsync(sp => sp.GetRequiredService<IProfileService>().UpdateProfileAsync(id, ParticipantProfile.Empty, default));

        Assert.Null(account);
        Assert.Null(profile);
        Assert.Null(updated);
    }

    [Fact]
    public async Task GetAccount_SaysAdminOnlyForPlatformAdmins()
    {
        var plain = await _services.CreateUserAsync("plain@example.com");
        var admin = await _services.CreateUserAsync("admin@example.com");
        await _services.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            return await users.AddToRoleAsync((await users.FindByIdAsync(admin.Id.ToString()))!, Roles.PlatformAdmin);
        });

        var plainAccount = await _services.InScopeAsync(sp => sp.GetRequiredService<IProfileService>().GetAccountAsync(plain.Id, default));
        var adminAccount = await _services.InScopeAsync(sp => sp.GetRequiredService<IProfileService>().GetAccountAsync(admin.Id, default));

        Assert.False(plainAccount!.IsAdmin);
        Assert.True(adminAccount!.IsAdmin);
        Assert.Equal("admin@example.com", adminAccount.Email);
    }
}
