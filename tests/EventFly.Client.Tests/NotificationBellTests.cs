using EventFly.Client;
using Bunit;
using EventFly.Client.Api;
using EventFly.Client.Components;
using EventFly.Client.Contracts;
using EventFly.Client.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace EventFly.Client.Tests;

/// <summary>The bell's count from the API and from pushes, marking read, and the preferences page.</summary>
public sealed class NotificationBellTests : BunitContext
{
    private readonly FakeNotificationsApi _api = new();
    private readonly FakeNotificationFeed _feed = new();
    private readonly IRenderedComponent<MudPopoverProvider> _popovers;

    public NotificationBellTests()
    {
        Services.AddMudServices();
        Services.AddEventFlyLocalization();
        Services.AddSingleton<INotificationsApi>(_api);
        Services.AddSingleton<INotificationFeed>(_feed);
        Services.AddSingleton(TimeProvider.System);
        AddAuthorization().SetAuthorized("ada@demo.eventfly.dev");
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetRendererInfo(new RendererInfo("WebAssembly", isInteractive: true));
        _popovers = Render<MudPopoverProvider>();
    }

    [Fact]
    public void Bell_ShowsTheUnreadCountFromTheApi()
    {
        _api.List = List(3);

        var bell = Render<NotificationBell>();

        bell.WaitForAssertion(() => Assert.Equal("Notifications, 3 unread", Button(bell).GetAttribute("aria-label")));
        Assert.Contains(">3<", Badge(bell), StringComparison.Ordinal);
        Assert.True(_feed.Started);
    }

    [Fact]
    public void Bell_HidesTheBadgeAtZero()
    {
        _api.List = List(0);

        var bell = Render<NotificationBell>();

        Assert.Equal("Notifications", Button(bell).GetAttribute("aria-label"));
        Assert.DoesNotContain("mud-badge-badge", bell.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bell_UpdatesWhenANotificationIsPushed()
    {
        _api.List = List(0);
        var bell = Render<NotificationBell>();

        await _feed.Push(new NotificationReceivedDto(Item("Your event moved", read: false), 1));

        bell.WaitForAssertion(() => Assert.Equal("Notifications, 1 unread", Button(bell).GetAttribute("aria-label")));
        await _feed.PushUnread(0);
        bell.WaitForAssertion(() => Assert.Equal("Notifications", Button(bell).GetAttribute("aria-label")));
    }

    [Fact]
    public void MarkAllAsRead_CallsTheApi_AndClearsTheBadge()
    {
        _api.List = List(2);
        var bell = Render<NotificationBell>();

        Button(bell).Click();
        _popovers.WaitForElement("[data-testid=mark-all-read]").Click();

        bell.WaitForAssertion(() => Assert.Equal("Notifications", Button(bell).GetAttribute("aria-label")));
        Assert.True(_api.Marked.Single().All);
        Assert.DoesNotContain("mud-badge-badge", bell.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Bell_WhenTheListCannotBeLoaded_SaysSoInWords()
    {
        _api.ListFailure = ApiResult<NotificationListDto>.Fail("Not found.") with { Status = 404 };
        var bell = Render<NotificationBell>();

        Button(bell).Click();

        var menu = _popovers.WaitForElement(".notification-menu");
        Assert.Contains("couldn't load your notifications", menu.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Not found", menu.TextContent, StringComparison.Ordinal);
        Assert.Equal("Notifications", Button(bell).GetAttribute("aria-label"));
    }

    [Fact]
    public void ClickingANotification_MarksItRead_AndFollowsItsLink()
    {
        _api.List = List(1);
        var bell = Render<NotificationBell>();

        Button(bell).Click();
        _popovers.WaitForElement("[data-testid=notification-item]").Click();

        bell.WaitForAssertion(() => Assert.Equal("Notifications", Button(bell).GetAttribute("aria-label")));
        Assert.Equal(_api.List.Items[0].Id, _api.Marked.Single().Ids!.Single());
        Assert.EndsWith("/events/1", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void PreferencesPage_LoadsAndSaves()
    {
        _api.Preferences = new NotificationPreferencesDto { Reminders = NotificationChannel.Email, Posts = NotificationChannel.Off, FeedbackRequests = NotificationChannel.Email };

        var page = Render<NotificationSettings>();
        page.WaitForElement("[data-testid=save-preferences]");
        page.FindAll("input[type=radio]")[4].Click(); // Pinned posts: in the app only
        page.Find("[data-testid=save-preferences]").Click();

        page.WaitForAssertion(() => Assert.NotNull(_api.Saved));
        Assert.Equal(NotificationChannel.InApp, _api.Saved!.Posts);
        Assert.Equal(NotificationChannel.Email, _api.Saved.Reminders);
    }

    [Fact]
    public async Task Bell_ReloadsTheCount_AfterTheFeedReconnects()
    {
        _api.List = List(1);
        var bell = Render<NotificationBell>();
        bell.WaitForAssertion(() => Assert.Equal("Notifications, 1 unread", Button(bell).GetAttribute("aria-label")));

        // Pushes missed while the connection was down: the server's count wins.
        _api.List = List(4);
        await _feed.Reconnect();

        bell.WaitForAssertion(() => Assert.Equal("Notifications, 4 unread", Button(bell).GetAttribute("aria-label")));
    }

    [Fact]
    public void PreferencesPage_WhenSavingFails_ShowsAFriendlyError()
    {
        _api.Preferences = new NotificationPreferencesDto { Reminders = NotificationChannel.Email, Posts = NotificationChannel.Off, FeedbackRequests = NotificationChannel.Email };
        _api.SaveFailure = ApiResult<NotificationPreferencesDto>.Fail("The server answered 500.") with { Status = 500 };

        var page = Render<NotificationSettings>();
        page.WaitForElement("[data-testid=save-preferences]").Click();

        var error = page.WaitForElement("[data-testid=save-error]");
        Assert.Contains("couldn't save your notification settings", error.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("500", error.TextContent, StringComparison.Ordinal);
        Assert.False(page.Find("[data-testid=save-preferences]").HasAttribute("disabled"));
    }

    [Fact]
    public void PreferencesPage_WhenTheServerRefusesAValue_ShowsItsReason()
    {
        _api.Preferences = new NotificationPreferencesDto { Reminders = NotificationChannel.Email, Posts = NotificationChannel.Off, FeedbackRequests = NotificationChannel.Email };
        _api.SaveFailure = ApiResult<NotificationPreferencesDto>.Fail("Choose e-mail, in the app, or off.") with { Status = 400 };

        var page = Render<NotificationSettings>();
        page.WaitForElement("[data-testid=save-preferences]").Click();

        Assert.Equal("Choose e-mail, in the app, or off.", page.WaitForElement("[data-testid=save-error]").TextContent.Trim());
    }

    [Fact]
    public void PreferencesPage_WhenLoadingFails_ShowsAFriendlyError_AndNoForm()
    {
        _api.LoadFailure = ApiResult<NotificationPreferencesDto>.Fail("Not found.") with { Status = 404 };

        var page = Render<NotificationSettings>();

        Assert.Contains("couldn't load your notification settings", page.WaitForElement("[data-testid=load-error]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=save-preferences]"));
    }

    private static AngleSharp.Dom.IElement Button(IRenderedComponent<NotificationBell> bell) => bell.Find("[data-testid=notification-bell] button");

    private static string Badge(IRenderedComponent<NotificationBell> bell) => bell.Find(".mud-badge").OuterHtml;

    private static NotificationListDto List(int unread) =>
        new([.. Enumerable.Range(1, Math.Max(unread, 1)).Select(i => Item($"Notification {i}", read: i > unread) with { Link = $"/events/{i}" })], Math.Max(unread, 1), unread);

    private static NotificationDto Item(string title, bool read) =>
        new(Guid.NewGuid(), NotificationKind.EventChanged, title, "Body", null, DateTimeOffset.UtcNow.AddMinutes(-5), read ? DateTimeOffset.UtcNow : null);

    private sealed class FakeNotificationsApi : INotificationsApi
    {
        public NotificationListDto List { get; set; } = new([], 0, 0);

        public NotificationPreferencesDto Preferences { get; set; } = new();

        public List<MarkNotificationsReadRequest> Marked { get; } = [];

        public NotificationPreferencesDto? Saved { get; private set; }

        public ApiResult<NotificationListDto>? ListFailure { get; set; }

        public ApiResult<NotificationPreferencesDto>? LoadFailure { get; set; }

        public ApiResult<NotificationPreferencesDto>? SaveFailure { get; set; }

        public Task<ApiResult<NotificationListDto>> GetAsync(int page = 1, int pageSize = 20, CancellationToken cancellationToken = default) =>
            Task.FromResult(ListFailure ?? ApiResult<NotificationListDto>.Ok(List));

        public Task<ApiResult<bool>> MarkReadAsync(MarkNotificationsReadRequest request, CancellationToken cancellationToken = default)
        {
            Marked.Add(request);
            return Task.FromResult(ApiResult<bool>.Ok(true));
        }

        public Task<ApiResult<NotificationPreferencesDto>> GetPreferencesAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult(LoadFailure ?? ApiResult<NotificationPreferencesDto>.Ok(Preferences));

        public Task<ApiResult<NotificationPreferencesDto>> UpdatePreferencesAsync(NotificationPreferencesDto preferences, CancellationToken cancellationToken = default)
        {
            if (SaveFailure is not null) return Task.FromResult(SaveFailure);
            Saved = preferences;
            return Task.FromResult(ApiResult<NotificationPreferencesDto>.Ok(preferences));
        }
    }

    private sealed class FakeNotificationFeed : INotificationFeed
    {
        public bool Started { get; private set; }

        public event Func<NotificationReceivedDto, Task>? Received;

        public event Func<int, Task>? UnreadChanged;

        public event Func<Task>? Resynchronise;

        public Task StartAsync(CancellationToken cancellationToken = default)
        {
            Started = true;
            return Task.CompletedTask;
        }

        public Task Push(NotificationReceivedDto pushed) => Received?.Invoke(pushed) ?? Task.CompletedTask;

        public Task PushUnread(int unread) => UnreadChanged?.Invoke(unread) ?? Task.CompletedTask;

        public Task Reconnect() => Resynchronise?.Invoke() ?? Task.CompletedTask;
    }
}
