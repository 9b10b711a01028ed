using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using EventFly.Client.Contracts;
using EventFly.Services.Notifications.Contracts;
using EventFly.Web.Live;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using ServiceKind = EventFly.Services.Notifications.Contracts.NotificationKind;

namespace EventFly.Web.Tests;

/// <summary>Notification pushes through the live hub: every signed-in connection is in its user's group, nobody else's.</summary>
public sealed class NotificationHubTests(MatrixFactory factory) : IClassFixture<MatrixFactory>
{
    [Fact]
    public async Task NotificationReceived_ReachesTheRecipient_AndNotAnotherUser()
    {
        var (ada, adaId) = await SignedInAsync();
        var (bob, bobId) = await SignedInAsync();
        await using var adaConnection = await LiveClients.ConnectAsync(factory, LiveClients.TokenOf(ada));
        await using var bobConnection = await LiveClients.ConnectAsync(factory, LiveClients.TokenOf(bob));
        var adaGot = Record(adaConnection, "NotificationReceived");
        var bobGot = Record(bobConnection, "NotificationReceived");
        var bobCount = Record(bobConnection, "UnreadChanged");
        var notification = new NotificationView(Guid.NewGuid(), ServiceKind.EventChanged, "Moved", "Now at 8 pm", "/events/x", DateTimeOffset.UtcNow, null);

        await Publisher().NotificationReceivedAsync(adaId, notification, 3, CancellationToken.None);

        var pushed = await adaGot.WaitAsync();
        Assert.Equal(3, pushed.GetProperty("unread").GetInt32());
        Assert.Equal(notification.Id, pushed.GetProperty("notification").GetProperty("id").GetGuid());
        Assert.Equal("event_changed", pushed.GetProperty("notification").GetProperty("kind").GetString());
        // As the client reads it.
        var dto = pushed.Deserialize<NotificationReceivedDto>(JsonSerializerOptions.Web)!;
        Assert.Equal(Client.Contracts.NotificationKind.EventChanged, dto.Notification.Kind);
        // A later push to Bob arrives after anything sent to him before, so his log being empty then means none came.
        await Publisher().UnreadChangedAsync(bobId, 0, CancellationToken.None);
        await bobCount.WaitAsync();
        Assert.Empty(bobGot.All);
    }

    [Fact]
    public async Task AnOrder_PushesItsNotificationToTheBuyersBell_AndReadingItElsewhere_PushesTheNewCount()
    {
        // The whole path: an order confirmed, its integration event consumed by Notifications, stored, pushed by the hub.
        var scenario = await LiveScenario.CreateAsync(factory);
        var (buyer, _) = await SignedInAsync();
        await using var bell = await LiveClients.ConnectAsync(factory, LiveClients.TokenOf(buyer));
        var received = Record(bell, "NotificationReceived");
        var counts = Record(bell, "UnreadChanged");

        (await buyer.PostAsJsonAsync($"/api/events/{scenario.EventId}/orders",
            new { items = new[] { new { ticketTypeId = scenario.TicketTypeId, quantity = 1 } } })).EnsureSuccessStatusCode();
        await factory.DispatchOutboxAsync();

        var pushed = await received.WaitAsync();
        Assert.Equal("tickets_issued", pushed.GetProperty("notification").GetProperty("kind").GetString());
        Assert.Equal(1, pushed.GetProperty("unread").GetInt32());
        var inbox = await buyer.GetFromJsonAsync<NotificationListDto>("/api/me/notifications", JsonSerializerOptions.Web);
        Assert.Equal(pushed.GetProperty("notification").GetProperty("id").GetGuid(), Assert.Single(inbox!.Items).Id);

        // Read on another device (a plain REST call): the bell's count drops to 0 live.
        (await buyer.PostAsJsonAsync("/api/me/notifications/read", new { all = true })).EnsureSuccessStatusCode();
        Assert.Equal(0, (await counts.WaitAsync()).GetInt32());
        Assert.Equal(0, (await buyer.GetFromJsonAsync<NotificationListDto>("/api/me/notifications", JsonSerializerOptions.Web))!.Unread);
    }

    [Fact]
    public async Task UnreadChanged_ReachesEveryConnectionOfTheUser()
    {
        var (ada, adaId) = await SignedInAsync();
        await using var phone = await LiveClients.ConnectAsync(factory, LiveClients.TokenOf(ada));
        await using var laptop = await LiveClients.ConnectAsync(factory, LiveClients.TokenOf(ada));
        var onPhone = Record(phone, "UnreadChanged");
        var onLaptop = Record(laptop, "UnreadChanged");

        await Publisher().UnreadChangedAsync(adaId, 0, CancellationToken.None);

        Assert.Equal(0, (await onPhone.WaitAsync()).GetInt32());
        Assert.Equal(0, (await onLaptop.WaitAsync()).GetInt32());
    }

    [Fact]
    public async Task AnAnonymousConnection_IsRefused_SoItIsInNoUserGroup()
    {
        await using var anonymous = new HubConnectionBuilder()
            .WithUrl(new Uri(factory.Server.BaseAddress, "/hubs/live"), options =>
            {
                options.HttpMessageHandlerFactory = _ => factory.Server.CreateHandler();
                options.Transports = HttpTransportType.LongPolling;
            })
            .Build();

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => anonymous.StartAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public void TheHost_ReplacesAnyOtherPublisher_WithTheHubs()
    {
        var registrations = factory.Services.GetServices<INotificationPublisher>().ToList();

        Assert.IsType<SignalRNotificationPublisher>(Assert.Single(registrations));
    }

    [Fact]
    public async Task APortalCircuitsFeed_HearsItsUsersPushes_InProcess_AndNoOneElses()
    {
        var (ada, bob) = (Guid.NewGuid(), Guid.NewGuid());
        var time = new CapturingTimeProvider();
        var feed = new ServerNotificationFeed(factory.Services.GetRequiredService<NotificationSignal>(), new SignedIn(ada), time);
        var received = new ConcurrentQueue<NotificationReceivedDto>();
        var counts = new ConcurrentQueue<int>();
        var resynchronised = 0;
        feed.Received += pushed => { received.Enqueue(pushed); return Task.CompletedTask; };
        feed.UnreadChanged += unread => { counts.Enqueue(unread); return Task.CompletedTask; };
        feed.Resynchronise += () => { Interlocked.Increment(ref resynchronised); return Task.CompletedTask; };
        await feed.StartAsync();
        var notification = new NotificationView(Guid.NewGuid(), ServiceKind.WaitlistOffer, "Seats for you", "Two seats are held", "/events/x", DateTimeOffset.UtcNow, null);

        await Publisher().NotificationReceivedAsync(ada, notification, 2, CancellationToken.None);
        await Publisher().NotificationReceivedAsync(bob, notification, 7, CancellationToken.None);
        await Publisher().UnreadChangedAsync(ada, 0, CancellationToken.None);
        time.Tick(); // a minute on: reload, for what other processes sent

        var pushed = Assert.Single(received);
        Assert.Equal((notification.Id, Client.Contracts.NotificationKind.WaitlistOffer, 2), (pushed.Notification.Id, pushed.Notification.Kind, pushed.Unread));
        Assert.Equal([0], counts);
        Assert.Equal(1, resynchronised);
        Assert.Equal(ServerNotificationFeed.RefreshEvery, time.Period);

        feed.Dispose();
        await Publisher().UnreadChangedAsync(ada, 5, CancellationToken.None);
        Assert.Equal([0], counts);
    }

    private INotificationPublisher Publisher() => factory.Services.GetRequiredService<INotificationPublisher>();

    private async Task<(HttpClient Client, Guid Id)> SignedInAsync()
    {
        var (_, client) = await factory.CreateSignedInUserAsync();
        var me = await client.GetFromJsonAsync<MeResponse>("/api/me");
        return (client, me!.Id);
    }

    private static Received Record(HubConnection connection, string message)
    {
        var received = new Received();
        connection.On<JsonElement>(message, received.Add);
        return received;
    }

    private sealed class SignedIn(Guid userId) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(
            new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId.ToString())], "Test"))));
    }

    /// <summary>Hands out one timer that fires only when the test says so.</summary>
    private sealed class CapturingTimeProvider : TimeProvider
    {
        private TimerCallback? _callback;
        private object? _state;

        public TimeSpan Period { get; private set; }

        public void Tick() => _callback!(_state);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            (_callback, _state, Period) = (callback, state, period);
            return new NeverTimer();
        }

        private sealed class NeverTimer : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => true;

            public void Dispose()
            {
            }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }

    private sealed class Received
    {
        private readonly ConcurrentQueue<JsonElement> _all = new();

        public IReadOnlyCollection<JsonElement> All => _all;

        public void Add(JsonElement payload) => _all.Enqueue(payload);

        public async Task<JsonElement> WaitAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (!timeout.IsCancellationRequested)
            {
                if (_all.TryPeek(out var first)) return first;
                await Task.Delay(20, CancellationToken.None);
            }
            throw new TimeoutException("Nothing was pushed.");
        }
    }
}
