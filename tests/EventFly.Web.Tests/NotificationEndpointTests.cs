using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EventFly.Client.Contracts;
using EventFly.Domain.Notifications;
using EventFly.Services.Notifications;
using EventFly.Services.Notifications.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Web.Tests;

public sealed class NotificationEndpointTests(EventFlyFactory factory) : IClassFixture<EventFlyFactory>
{
    [Fact]
    public async Task TheInbox_ListsOnesOwnNewestFirst_WithTotalAndUnread()
    {
        var (client, userId) = await SignedInAsync();
        var (other, otherId) = await SignedInAsync();
        await NotifyAsync(userId, "First");
        await NotifyAsync(userId, "Second");
        await NotifyAsync(otherId, "Not yours");

        var list = (await client.GetFromJsonAsync<NotificationListDto>("/api/me/notifications"))!;

        Assert.Equal(2, list.Total);
        Assert.Equal(2, list.Unread);
        Assert.Equal(["Second", "First"], list.Items.Select(n => n.Title));
        Assert.All(list.Items, n => Assert.Equal(EventFly.Client.Contracts.NotificationKind.Reminder, n.Kind));
        Assert.All(list.Items, n => Assert.Null(n.ReadAt));
        Assert.Equal(1, (await other.GetFromJsonAsync<NotificationListDto>("/api/me/notifications"))!.Total);
    }

    [Fact]
    public async Task TheInbox_SpeaksTheContractsFieldNames()
    {
        var (client, userId) = await SignedInAsync();
        await NotifyAsync(userId, "Wire");

        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/me/notifications"));

        var item = json.RootElement.GetProperty("items")[0];
        foreach (var field in new[] { "id", "kind", "title", "body", "link", "createdAt", "readAt" })
            Assert.True(item.TryGetProperty(field, out _), $"no {field}: {item}");
        Assert.Equal("reminder", item.GetProperty("kind").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("unread").GetInt32());
    }

    [Fact]
    public async Task MarkRead_ByIds_MarksThoseAndIgnoresOthersIds()
    {
        var (client, userId) = await SignedInAsync();
        var (other, otherId) = await SignedInAsync();
        await NotifyAsync(userId, "One");
        await NotifyAsync(userId, "Two");
        await NotifyAsync(otherId, "Theirs");
        var mine = (await client.GetFromJsonAsync<NotificationListDto>("/api/me/notifications"))!;
        var theirs = (await other.GetFromJsonAsync<NotificationListDto>("/api/me/notifications"))!;

        var response = await client.PostAsJsonAsync("/api/me/notifications/read", new { ids = new[] { mine.Items[0].Id, theirs.Items[0].Id } });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var after = (await client.GetFromJsonAsync<NotificationListDto>("/api/me/notifications"))!;
        Assert.Equal(1, after.Unread);
        Assert.NotNull(after.Items.Single(n => n.Id == mine.Items[0].Id).ReadAt);
        Assert.Equal(1, (await other.GetFromJsonAsync<NotificationListDto>("/api/me/notifications"))!.Unread);
    }

    [Fact]
    public async Task MarkRead_All_LeavesNothingUnread()
    {
        var (client, userId) = await SignedInAsync();
        await NotifyAsync(userId, "One");
        await NotifyAsync(userId, "Two");

        var response = await client.PostAsJsonAsync("/api/me/notifications/read", new { all = true });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var after = (await client.GetFromJsonAsync<NotificationListDto>("/api/me/notifications"))!;
        Assert.Equal(0, after.Unread);
        Assert.All(after.Items, n => Assert.NotNull(n.ReadAt));
    }

    [Fact]
    public async Task MarkRead_WithNeitherIdsNorAll_Is400WithTheField()
    {
        var (client, _) = await SignedInAsync();

        var response = await client.PostAsJsonAsync("/api/me/notifications/read", new { });

        await AssertFieldErrorAsync(response, "ids");
    }

    [Fact]
    public async Task Preferences_DefaultThenPutRoundTrips()
    {
        var (client, _) = await SignedInAsync();

        using var defaults = JsonDocument.Parse(await client.GetStringAsync("/api/me/notification-preferences"));
        var put = await client.PutAsJsonAsync("/api/me/notification-preferences", new { reminders = "inApp", posts = "email", feedbackRequests = "off" });
        using var stored = JsonDocument.Parse(await client.GetStringAsync("/api/me/notification-preferences"));

        Assert.Equal("email", defaults.RootElement.GetProperty("reminders").GetString());
        Assert.Equal("off", defaults.RootElement.GetProperty("posts").GetString());
        Assert.Equal("email", defaults.RootElement.GetProperty("feedbackRequests").GetString());
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("inApp", stored.RootElement.GetProperty("reminders").GetString());
        Assert.Equal("email", stored.RootElement.GetProperty("posts").GetString());
        Assert.Equal("off", stored.RootElement.GetProperty("feedbackRequests").GetString());
    }

    [Theory]
    [InlineData("""{"reminders":"sms","posts":"off","feedbackRequests":"email"}""", "reminders")]
    [InlineData("""{"reminders":"email","posts":3,"feedbackRequests":"email"}""", "posts")]
    [InlineData("""{"reminders":"email","posts":"off"}""", "feedbackRequests")]
    public async Task Preferences_PutWithABadValue_Is400WithTheFieldAndChangesNothing(string body, string field)
    {
        var (client, _) = await SignedInAsync();
        (await client.PutAsJsonAsync("/api/me/notification-preferences", new { reminders = "inApp", posts = "email", feedbackRequests = "off" }))
            .EnsureSuccessStatusCode();

        var response = await client.PutAsync("/api/me/notification-preferences", new StringContent(body, Encoding.UTF8, "application/json"));

        await AssertFieldErrorAsync(response, field);
        using var stored = JsonDocument.Parse(await client.GetStringAsync("/api/me/notification-preferences"));
        Assert.Equal("inApp", stored.RootElement.GetProperty("reminders").GetString());
        Assert.Equal("email", stored.RootElement.GetProperty("posts").GetString());
    }

    [Fact]
    public async Task Unsubscribe_WithAValidToken_SetsTheCategoryToInApp_WithoutSigningIn()
    {
        var (client, userId) = await SignedInAsync();
        var token = Token(userId, NotificationCategory.Reminders);
        using var anonymous = factory.CreateClient();

        var response = await anonymous.PostAsync($"/api/unsubscribe?token={Uri.EscapeDataString(token)}", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stored = JsonDocument.Parse(await client.GetStringAsync("/api/me/notification-preferences"));
        Assert.Equal("inApp", stored.RootElement.GetProperty("reminders").GetString());
        Assert.Equal("email", stored.RootElement.GetProperty("feedbackRequests").GetString());
    }

    [Fact]
    public async Task OneClickUnsubscribe_AtTheMailsUrl_WorksAsAFormPost_AndTheGetPageOnlyAsks()
    {
        var (client, userId) = await SignedInAsync();
        var url = $"/unsubscribe?token={Uri.EscapeDataString(Token(userId, NotificationCategory.FeedbackRequests))}";
        using var anonymous = factory.CreateClient();

        var page = await anonymous.GetAsync(url);
        var before = await client.GetFromJsonAsync<NotificationPreferencesDto>("/api/me/notification-preferences");
        var oneClick = await anonymous.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        var after = await client.GetFromJsonAsync<NotificationPreferencesDto>("/api/me/notification-preferences");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<form method=\"post\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(EventFly.Client.Contracts.NotificationChannel.Email, before!.FeedbackRequests);
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        Assert.Equal(EventFly.Client.Contracts.NotificationChannel.InApp, after!.FeedbackRequests);
    }

    [Theory]
    [InlineData("forged")]
    [InlineData("altered")]
    [InlineData("missing")]
    public async Task Unsubscribe_WithABadToken_Is400WithItsCode_AndChangesNothing(string kind)
    {
        var (client, userId) = await SignedInAsync();
        var valid = Token(userId, NotificationCategory.Reminders);
        var query = kind switch
        {
            "forged" => "?token=CfDJ8forgedtoken",
            "altered" => $"?token={Uri.EscapeDataString(valid[..^4] + (valid.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA"))}",
            _ => "",
        };
        using var anonymous = factory.CreateClient();

        var api = await anonymous.PostAsync($"/api/unsubscribe{query}", null);
        var form = await anonymous.PostAsync($"/unsubscribe{query}", null);

        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        Assert.Equal(NotificationErrors.InvalidUnsubscribeToken, problem.RootElement.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
        var stored = await client.GetFromJsonAsync<NotificationPreferencesDto>("/api/me/notification-preferences");
        Assert.Equal(EventFly.Client.Contracts.NotificationChannel.Email, stored!.Reminders);
    }

    [Fact]
    public async Task TheInbox_WithoutSignIn_Is401()
    {
        using var anonymous = factory.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/me/notifications")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/me/notification-preferences")).StatusCode);
    }

    private async Task<(HttpClient Client, Guid UserId)> SignedInAsync()
    {
        var (_, client) = await factory.CreateSignedInUserAsync();
        var me = await client.GetFromJsonAsync<MeResponse>("/api/me");
        return (client, me!.Id);
    }

    /// <summary>Stores an in-app notification as the scheduler would (no e-mail).</summary>
    private async Task NotifyAsync(Guid userId, string title)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<NotificationWriter>().TryStoreAsync(
            new NotificationDraft(userId, $"test:{Guid.NewGuid():N}", NotificationReason.Reminder, null, title, "Body", "/events", InApp: true, Mail: null),
            CancellationToken.None);
        Assert.True(stored);
        await Task.Delay(5); // distinct creation times, so "newest first" is observable
    }

    private string Token(Guid userId, NotificationCategory category) =>
        factory.Services.GetRequiredService<UnsubscribeTokens>().Create(userId, category);

    private static async Task AssertFieldErrorAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _), $"no error for {field}: {json.RootElement}");
    }
}
