using EventFly.Domain.Common;
using EventFly.Domain.Events;
using EventFly.Domain.Notifications;
using EventFly.Domain.Ticketing;
using EventFly.Services.Common;
using EventFly.Services.Engagement.Contracts;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Notifications;
using EventFly.Services.Notifications.Contracts;
using EventFly.Services.Outbox;
using EventFly.Services.Persistence;
using EventFly.Services.Ticketing.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace EventFly.Services.Tests.Notifications;

/// <summary>The scheduler's reminders and feedback requests on a real SQLite file with a hand-moved clock.</summary>
public sealed class NotificationSchedulerTests : IAsyncLifetime
{
    private EngagementTestBed _bed = null!;

    public async ValueTask InitializeAsync() => _bed = await EngagementTestBed.CreateAsync();

    public ValueTask DisposeAsync() => _bed.DisposeAsync();

    [Fact]
    public async Task TwoSchedulersRacing_SendEachReminderOnce()
    {
        var eventId = await NewEventAsync(TimeSpan.FromHours(20), online: false);
        await BuyAsync(eventId, _bed.HolderId, _bed.OtherHolderId);
        await using var second = new SqliteServices(
            new Dictionary<string, string?> { ["ConnectionStrings:EventFly"] = _bed.Services.ConnectionString }, _bed.Time);

        for (var round = 0; round < 3; round++)
            await Task.WhenAll(RunAsync(_bed.Services), RunAsync(second), RunAsync(_bed.Services), RunAsync(second));

        var rows = await RowsAsync(eventId);
        Assert.Equal(2, rows.Count);
        Assert.All(rows, n => Assert.StartsWith("reminder-24h:", n.Key));
        Assert.Equal(2, await MailsInOutboxAsync());
    }

    [Fact]
    public async Task ADeletedAccountThatKeptItsTicket_GetsNoReminder_TheOtherHolderDoes()
    {
        var eventId = await NewEventAsync(TimeSpan.FromHours(20), online: false);
        await BuyAsync(eventId, _bed.HolderId, _bed.OtherHolderId);
        await _bed.Services.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<IAccountErasure>().EraseAsync(_bed.HolderId, cancelOpenPaidOrders: false, default);
            return 0;
        });
        await DispatchAsync(); // ParticipantDeletedV1

        await RunAsync(_bed.Services);

        var reminded = (await RowsAsync(eventId)).Where(n => n.Reason == NotificationReason.Reminder).Select(n => n.UserId);
        Assert.Equal([_bed.OtherHolderId], reminded);
    }

    [Fact]
    public async Task ACancelledEvent_GetsNoReminder()
    {
        var eventId = await NewEventAsync(TimeSpan.FromHours(20), online: false);
        await BuyAsync(eventId, _bed.HolderId);
        await _bed.Services.InScopeAsync(sp => sp.GetRequiredService<IEventService>().CancelAsync(_bed.Organizer, eventId, default));

        await RunAsync(_bed.Services);

        Assert.Empty(await RowsAsync(eventId));
    }

    [Fact]
    public async Task AfterDowntime_ARemindersStillInsideItsWindowIsSent_ALaterOneIsSkipped()
    {
        var inside = await NewEventAsync(TimeSpan.FromHours(3), online: false);  // window 24h..2h before: still open
        var missed = await NewEventAsync(TimeSpan.FromMinutes(90), online: false); // closed 30 minutes ago
        await BuyAsync(inside, _bed.HolderId);
        await BuyAsync(missed, _bed.HolderId);

        await RunAsync(_bed.Services);

        Assert.Single(await RowsAsync(inside));
        Assert.Empty(await RowsAsync(missed));
    }

    [Fact]
    public async Task AnOnlineEvent_GetsTheOneHourReminderWithTheJoinLink()
    {
        var eventId = await NewEventAsync(TimeSpan.FromMinutes(50), online: true);
        await BuyAsync(eventId, _bed.HolderId);

        await RunAsync(_bed.Services);
        var mail = Assert.Single(await SentMailsAsync());

        Assert.StartsWith("reminder-1h:", Assert.Single(await RowsAsync(eventId), n => n.Reason == NotificationReason.Reminder).Key);
        Assert.Contains("https://meet.example.com/room", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("https://meet.example.com/room", mail.TextBody, StringComparison.Ordinal);
        Assert.NotNull(mail.Headers[HeaderId.ListUnsubscribe]);
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
    }

    [Fact]
    public async Task Preferences_OffSendsNothing_InAppStoresWithoutEmail()
    {
        var eventId = await NewEventAsync(TimeSpan.FromHours(20), online: false);
        await BuyAsync(eventId, _bed.HolderId, _bed.OtherHolderId);
        await Preferences(sp => sp.SetAsync(_bed.Holder, new NotificationPreferences(NotificationChannel.Off, NotificationChannel.Off, NotificationChannel.Email), default));
        await Preferences(sp => sp.SetAsync(_bed.OtherHolder, new NotificationPreferences(NotificationChannel.InApp, NotificationChannel.Off, NotificationChannel.Email), default));

        await RunAsync(_bed.Services);

        var row = Assert.Single(await RowsAsync(eventId));
        Assert.Equal(_bed.OtherHolderId, row.UserId);
        Assert.True(row.InApp);
        Assert.False(row.Emailed);
        Assert.Equal(0, await MailsInOutboxAsync());
    }

    [Fact]
    public async Task FeedbackRequests_GoToEveryHolder_WhenNobodyCheckedIn_OnceEach()
    {
        var eventId = await NewEventAsync(TimeSpan.FromHours(3), online: false);
        await BuyAsync(eventId, _bed.HolderId, _bed.OtherHolderId);
        _bed.Time.Advance(TimeSpan.FromHours(3 + 2 + 1)); // ended an hour ago (2-hour events)

        await RunAsync(_bed.Services);
        await RunAsync(_bed.Services);

        var rows = (await RowsAsync(eventId)).Where(n => n.Reason == NotificationReason.FeedbackRequest).ToList();
        Assert.Equal(new[] { _bed.HolderId, _bed.OtherHolderId }.Order(), rows.Select(r => r.UserId).Order());
        Assert.All(rows, r => Assert.Equal($"/events/{eventId}/feedback", r.Link));
    }

    [Fact]
    public async Task FeedbackRequests_GoOnlyToTheCheckedIn_WhenTheEventUsedCheckIn()
    {
        var eventId = await NewEventAsync(TimeSpan.FromHours(3), online: false);
        var orders = await BuyAsync(eventId, _bed.HolderId, _bed.OtherHolderId);
        _bed.Time.Advance(TimeSpan.FromHours(3));
        await _bed.Services.InScopeAsync(sp => sp.GetRequiredService<ICheckInService>().CheckInAsync(_bed.Organizer, eventId, orders[0].Tickets[0].Code, default));
        _bed.Time.Advance(TimeSpan.FromHours(3));

        await RunAsync(_bed.Services);

        var row = Assert.Single(await RowsAsync(eventId), n => n.Reason == NotificationReason.FeedbackRequest);
        Assert.Equal(_bed.HolderId, row.UserId);
    }

    [Fact]
    public async Task TheUnsubscribeLinkOfAReminder_SetsRemindersToInApp_AForgedOneChangesNothing()
    {
        var eventId = await NewEventAsync(TimeSpan.FromHours(20), online: false);
        await BuyAsync(eventId, _bed.HolderId);
        await RunAsync(_bed.Services);
        var mail = Assert.Single(await SentMailsAsync());
        Assert.False(string.IsNullOrEmpty(mail.HtmlBody));
        Assert.False(string.IsNullOrEmpty(mail.TextBody));
        var url = mail.Headers[HeaderId.ListUnsubscribe]!.Trim('<', '>');
        var token = Uri.UnescapeDataString(new Uri(url).Query.Split("token=")[1]);

        await Assert.ThrowsAsync<DomainException>(() => Preferences(sp => sp.UnsubscribeAsync(token[..^4] + "AAAA", default)));
        Assert.Equal(NotificationChannel.Email, (await Preferences(sp => sp.GetAsync(_bed.Holder, default))).Reminders);

        await Preferences(sp => sp.UnsubscribeAsync(token, default));
        await Preferences(sp => sp.UnsubscribeAsync(token, default));
        Assert.Equal(NotificationChannel.InApp, (await Preferences(sp => sp.GetAsync(_bed.Holder, default))).Reminders);

        _bed.Time.Advance(TimeSpan.FromDays(91));
        await Assert.ThrowsAsync<DomainException>(() => Preferences(sp => sp.UnsubscribeAsync(token, default)));
    }

    [Fact]
    public async Task AFeedbackRequest_IsMailedInTheRecipientsLanguage_WithHtmlTextAndOneClickHeaders_Once()
    {
        var eventId = await NewEventAsync(TimeSpan.FromHours(3), online: false);
        await BuyAsync(eventId, _bed.HolderId);
        await _bed.Services.InScopeAsync(sp => sp.GetRequiredService<EventFly.Services.Identity.Contracts.IProfileService>()
            .UpdateProfileAsync(_bed.HolderId, EventFly.Domain.Identity.ParticipantProfile.Create("Grace", null, null, null, null, "de"), default));
        await DispatchAsync();
        _bed.Time.Advance(TimeSpan.FromHours(3 + 2 + 1));

        await RunAsync(_bed.Services);
        await RunAsync(_bed.Services);
        // (The bed's own event ended in the window too: its holders get theirs.)
        var mail = Assert.Single(await SentMailsAsync(), m => m.Subject?.Contains("Event in", StringComparison.Ordinal) == true);

        Assert.StartsWith("Wie war Event in", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Feedback geben", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"/events/{eventId}/feedback", mail.TextBody, StringComparison.Ordinal);
        var unsubscribe = mail.Headers[HeaderId.ListUnsubscribe]!;
        Assert.Matches("^<https?://[^>]+/unsubscribe\\?token=[^>]+>$", unsubscribe);
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
        Assert.Empty(await SentMailsAsync());
    }

    [Fact]
    public async Task TheInbox_ListsOnesOwn_AndMarksOnlyOnesOwnRead()
    {
        var eventId = await NewEventAsync(TimeSpan.FromHours(20), online: false);
        await BuyAsync(eventId, _bed.HolderId, _bed.OtherHolderId);
        await RunAsync(_bed.Services);
        var others = await Inbox(i => i.ListAsync(_bed.OtherHolder, 1, 20, default));

        var unread = await Inbox(i => i.MarkReadAsync(_bed.Holder, [others.Items[0].Id], all: false, default));

        Assert.Equal(1, unread);
        Assert.Equal(1, (await Inbox(i => i.ListAsync(_bed.OtherHolder, 1, 20, default))).Unread);
        Assert.Equal(0, await Inbox(i => i.MarkReadAsync(_bed.Holder, null, all: true, default)));
    }

    [Fact]
    public async Task AReminderStoredBeforeTheEventWasCancelled_IsNeverMailed()
    {
        var eventId = await NewEventAsync(TimeSpan.FromHours(20), online: false);
        await BuyAsync(eventId, _bed.HolderId);
        await DispatchAsync();
        await RunAsync(_bed.Services);
        await _bed.Services.InScopeAsync(sp => sp.GetRequiredService<IEventService>().CancelAsync(_bed.Organizer, eventId, default));

        Assert.Empty(await SentMailsAsync());
        await RunAsync(_bed.Services);
        Assert.Single(await RowsAsync(eventId), n => n.Reason == NotificationReason.Reminder);
    }

    [Fact]
    public async Task AConfirmedOrder_AndTheEventsCancellation_EachGiveOneInAppEntry_EvenWhenRedelivered()
    {
        var eventId = await NewEventAsync(TimeSpan.FromDays(3), online: false);
        var orders = await BuyAsync(eventId, _bed.HolderId);
        await DispatchAsync();
        await _bed.Services.InScopeAsync(sp => sp.GetRequiredService<IEventService>().CancelAsync(_bed.Organizer, eventId, default));
        await DispatchAsync(); // EventCancelledV1: Ticketing cancels the order
        await DispatchAsync(); // OrderCancelledV1: Notifications
        await _bed.Services.InScopeAsync(async sp =>
        {
            // A redelivery (the outbox sends at least once) stores nothing new.
            var handlers = sp.GetServices<IOutboxHandler>().Where(h => h.Type is "ticketing.order_confirmed" or "ticketing.order_cancelled").ToList();
            Assert.Equal(2, handlers.Count(h => h.GetType().Namespace!.Contains("Notifications", StringComparison.Ordinal)));
            foreach (var handler in handlers.Where(h => h.GetType().Namespace!.Contains("Notifications", StringComparison.Ordinal)))
                await handler.HandleAsync(handler.Type == "ticketing.order_confirmed"
                    ? System.Text.Json.JsonSerializer.Serialize(new OrderConfirmedV1(orders[0].Id, eventId, _bed.HolderId, 0, "EUR", 1, _bed.Time.GetUtcNow()))
                    : System.Text.Json.JsonSerializer.Serialize(new OrderCancelledV1(orders[0].Id, eventId, _bed.HolderId, false, _bed.Time.GetUtcNow())), default);
            return 0;
        });

        var rows = await RowsAsync(eventId);
        Assert.Equal([NotificationReason.EventCancelled, NotificationReason.TicketsIssued], rows.Select(r => r.Reason).Order());
        Assert.All(rows, r => Assert.Equal(_bed.HolderId, r.UserId));
        Assert.All(rows, r => Assert.False(r.Emailed));
        var inbox = await Inbox(i => i.ListAsync(_bed.Holder, 1, 20, default));
        Assert.Contains(inbox.Items, n => n.Kind == NotificationKind.TicketsIssued && n.Link == $"/orders/{orders[0].Id}" && n.ReadAt == null);
        Assert.Contains(inbox.Items, n => n.Kind == NotificationKind.EventCancelled && n.Link == $"/events/{eventId}" && n.ReadAt == null);
    }

    [Fact]
    public async Task MovingAnEvent_TellsEveryHolderOnce_InTheBellAndByMail_ADescriptionEditTellsNobody()
    {
        var eventId = await NewEventAsync(TimeSpan.FromDays(3), online: false);
        await BuyAsync(eventId, _bed.HolderId, _bed.OtherHolderId);
        await DispatchAsync();
        var later = await _bed.Services.InScopeAsync(async sp =>
        {
            var events = sp.GetRequiredService<IEventService>();
            var ev = await events.GetAsync(_bed.Organizer, eventId, default);
            Task<EventView> Edit(string? description, TimeSpan shift) => events.UpdateAsync(_bed.Organizer, eventId, new EventDetails(ev.Name, description, ev.Category,
                [.. ev.Tags], ev.StartsAt + shift, ev.EndsAt + shift, ev.TimeZone, ev.Venue, ev.OnlineUrl, ev.Visibility), default);
            await Edit("Now with a **poster**.", TimeSpan.Zero);
            return await Edit("Now with a **poster**.", TimeSpan.FromHours(2));
        });

        await DispatchAsync(); // EventRescheduledV1: Notifications stores one per holder, with its e-mail
        var mails = await SentMailsAsync(unsubscribable: false);
        Assert.Empty(await SentMailsAsync(unsubscribable: false));

        var rows = (await RowsAsync(eventId)).Where(r => r.Reason == NotificationReason.EventChanged).ToList();
        Assert.Equal(new[] { _bed.HolderId, _bed.OtherHolderId }.Order(), rows.Select(r => r.UserId).Order());
        Assert.All(rows, r => Assert.True(r.Emailed));
        var changed = mails.Where(m => m.Subject == $"Changed: {later.Name}").ToList();
        Assert.Equal(2, changed.Count);
        // Transactional: no unsubscribe link; the new time in the event's zone.
        Assert.All(changed, m => Assert.False(m.Headers.Contains(HeaderId.ListUnsubscribe)));
        var when = new EventFly.Services.Mail.MailContext("en", "Europe/Berlin", null).DateTime(later.StartsAt);
        var day = when[..when.LastIndexOf(',')]; // the date: the text part may wrap or re-space the time
        Assert.All(changed, m => Assert.Contains(when, m.HtmlBody, StringComparison.Ordinal));
        Assert.All(changed, m => Assert.Contains(day, m.TextBody, StringComparison.Ordinal));
        var inbox = await Inbox(i => i.ListAsync(_bed.Holder, 1, 20, default));
        Assert.Single(inbox.Items, n => n.Kind == NotificationKind.EventChanged && n.Link == $"/events/{eventId}");
    }

    [Fact]
    public async Task APinnedPost_ReachesOnlyHoldersWhoAskedForPosts_OncePerPost_EvenWhenPinnedAgain()
    {
        var eventId = await NewEventAsync(TimeSpan.FromDays(3), online: false);
        await BuyAsync(eventId, _bed.HolderId, _bed.OtherHolderId);
        await DispatchAsync();
        // Posts are opt-in: the holder asks for e-mail; the other holder keeps the default (off).
        await Preferences(sp => sp.SetAsync(_bed.Holder, new NotificationPreferences(NotificationChannel.Email, NotificationChannel.Email, NotificationChannel.Email), default));
        await _bed.Services.InScopeAsync(async sp =>
        {
            var feed = sp.GetRequiredService<IFeedService>();
            var created = await feed.CreatePostAsync(_bed.Organizer, eventId, new PostDraft("Doors open at **7 pm**, bring your ticket.", null, null), default);
            await feed.PinPostAsync(_bed.Organizer, created.Id, default);
            await feed.UnpinPostAsync(_bed.Organizer, created.Id, default);
            return await feed.PinPostAsync(_bed.Organizer, created.Id, default);
        });

        await DispatchAsync(); // PostPinnedV1 twice: one notification for the holder
        var mail = Assert.Single(await SentMailsAsync(), m => m.Subject?.StartsWith("Pinned in", StringComparison.Ordinal) == true);

        Assert.Equal("holder@example.com", mail.To.Mailboxes.Single().Address);
        Assert.Contains("Doors open at 7 pm, bring your ticket.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/events/{eventId}/live", mail.TextBody, StringComparison.Ordinal);
        var row = Assert.Single(await RowsAsync(eventId), r => r.Reason == NotificationReason.PostPinned);
        Assert.Equal(_bed.HolderId, row.UserId);
        Assert.Equal("Doors open at 7 pm, bring your ticket.", row.Body);
    }

    [Fact]
    public async Task AWaitlistOffer_GivesOneBellEntry_ThatLeadsToTheClaim()
    {
        var eventId = await NewEventAsync(TimeSpan.FromDays(3), online: false);
        var entry = await _bed.Services.InScopeAsync(async sp =>
        {
            var type = await sp.GetRequiredService<ITicketCatalog>().CreateTicketTypeAsync(_bed.Organizer, eventId,
                new TicketTypeDetails("Only seat", null, new Money(0, "EUR"), 1, null, null, 1, 1, null, false, null), default);
            var order = await sp.GetRequiredService<IOrderPlacement>().PlaceOrderAsync(_bed.Holder, eventId, [new OrderLineRequest(type.Id, 1)], null, default);
            var waiting = await sp.GetRequiredService<IWaitlistService>().JoinAsync(_bed.OtherHolder, eventId, type.Id, 1, default);
            await sp.GetRequiredService<IOrderLifecycle>().CancelOrderAsync(_bed.Holder, order.Id, default);
            return waiting;
        });

        await DispatchAsync();
        await DispatchAsync(); // a redelivery or a second round stores nothing more

        var offer = Assert.Single((await Inbox(i => i.ListAsync(_bed.OtherHolder, 1, 20, default))).Items, n => n.Kind == NotificationKind.WaitlistOffer);
        Assert.Equal($"/events/{eventId}?claim={entry.Id}", offer.Link);
        Assert.Single(await RowsAsync(eventId), r => r.Reason == NotificationReason.WaitlistOffer);
    }

    private Task<int> DispatchAsync() =>
        _bed.Services.InScopeAsync(sp => sp.GetRequiredService<IOutboxDispatcher>().DispatchDueAsync(default));

    private static Task<int> RunAsync(SqliteServices services) =>
        services.InScopeAsync(sp => sp.GetRequiredService<NotificationScheduler>().RunDueAsync(default));

    private Task<T> Preferences<T>(Func<INotificationPreferencesService, Task<T>> action) =>
        _bed.Services.InScopeAsync(sp => action(sp.GetRequiredService<INotificationPreferencesService>()));

    private Task<T> Inbox<T>(Func<INotificationInbox, Task<T>> action) =>
        _bed.Services.InScopeAsync(sp => action(sp.GetRequiredService<INotificationInbox>()));

    /// <summary>A published two-hour event starting after <paramref name="startsIn"/>, with free tickets.</summary>
    private async Task<Guid> NewEventAsync(TimeSpan startsIn, bool online)
    {
        var start = _bed.Time.GetUtcNow() + startsIn;
        return await _bed.Services.InScopeAsync(async sp =>
        {
            var events = sp.GetRequiredService<IEventService>();
            var organizationId = (await events.GetSummaryAsync(_bed.EventId, default))!.OrganizationId;
            var details = new EventDetails($"Event in {startsIn}", null, "music", [], start, start.AddHours(2), "Europe/Berlin",
                online ? null : new Venue("Hall", null, "Berlin", 52.5, 13.4), online ? "https://meet.example.com/room" : null, EventVisibility.Public);
            var created = await events.CreateAsync(_bed.Organizer, organizationId, details, default);
            await events.PublishAsync(_bed.Organizer, created.Id, default);
            return created.Id;
        });
    }

    private async Task<List<OrderView>> BuyAsync(Guid eventId, params Guid[] buyers) => await _bed.Services.InScopeAsync(async sp =>
    {
        var type = await sp.GetRequiredService<ITicketCatalog>().CreateTicketTypeAsync(_bed.Organizer, eventId,
            new TicketTypeDetails("Free", null, new Money(0, "EUR"), 100, null, null, 1, 5, null, false, null), default);
        var orders = new List<OrderView>();
        foreach (var buyer in buyers)
            orders.Add(await sp.GetRequiredService<IOrderPlacement>().PlaceOrderAsync(new Actor(buyer), eventId, [new OrderLineRequest(type.Id, 1)], null, default));
        return orders;
    });

    private Task<List<Notification>> RowsAsync(Guid eventId) => _bed.Services.InScopeAsync(sp =>
        sp.GetRequiredService<EventFlyDbContext>().Set<Notification>().AsNoTracking().Where(n => n.EventId == eventId).ToListAsync());

    private Task<int> MailsInOutboxAsync() => _bed.Services.InScopeAsync(sp =>
        sp.GetRequiredService<EventFlyDbContext>().Set<OutboxMessage>().CountAsync(m => m.Type == NotificationMails.MessageType));

    /// <summary>Dispatches the outbox and reads back the e-mails it sent: the unsubscribable ones (Notifications', not the bed's own), or all.</summary>
    private async Task<List<MimeMessage>> SentMailsAsync(bool unsubscribable = true)
    {
        var before = Directory.Exists(MailFolder) ? Directory.GetFiles(MailFolder, "*.eml").ToHashSet() : [];
        await _bed.Services.InScopeAsync(sp => sp.GetRequiredService<IOutboxDispatcher>().DispatchDueAsync(default));
        var mails = new List<MimeMessage>();
        foreach (var file in Directory.GetFiles(MailFolder, "*.eml").Where(f => !before.Contains(f)))
        {
            var message = await MimeMessage.LoadAsync(file);
            if (!unsubscribable || message.Headers.Contains(HeaderId.ListUnsubscribe)) mails.Add(message);
        }
        return mails;
    }

    private string MailFolder => Path.Combine(_bed.Services.Folder, "App_Data", "mail");
}
