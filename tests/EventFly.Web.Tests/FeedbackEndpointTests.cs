using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EventFly.Client.Contracts;

namespace EventFly.Web.Tests;

/// <summary>The feedback API's answers: 201 then 200, 400 with field errors, 409 feedback_closed, 403/404 for non-holders, 404 across organizations.</summary>
public sealed class FeedbackEndpointTests(MatrixFactory factory) : IClassFixture<MatrixFactory>
{
    private static readonly (string City, double Lat, double Lng) Berlin = ("Berlin", 52.52, 13.40);

    [Fact]
    public async Task Holder_SubmitsThenReplaces_AndTheStaffSummaryAndPublicListShowIt()
    {
        var (s, ev, holder) = await StartedEventWithHolderAsync();

        var first = await holder.PostAsJsonAsync($"/api/events/{ev.Id}/feedback", new { rating = 4, comment = "<b>Nice</b>", aspects = new { venue = 5 } });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var created = (await first.Content.ReadFromJsonAsync<FeedbackResponse>())!;
        var second = await holder.PostAsJsonAsync($"/api/events/{ev.Id}/feedback", new { rating = 5, comment = "<b>Nice</b>" });
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var replaced = (await second.Content.ReadFromJsonAsync<FeedbackResponse>())!;
        Assert.Equal((created.Id, 5, (int?)null), (replaced.Id, replaced.Rating, replaced.Aspects.Venue));
        Assert.NotNull(replaced.UpdatedAt);

        var mine = (await holder.GetFromJsonAsync<MyFeedbackResponse>($"/api/events/{ev.Id}/feedback/mine"))!;
        Assert.True(mine.Window.Open);
        Assert.Equal(created.Id, mine.Feedback!.Id);

        var summary = (await s.Owner.GetFromJsonAsync<JsonElement>($"/api/events/{ev.Id}/feedback/summary"))!;
        Assert.Equal(1, summary.GetProperty("count").GetInt32());
        Assert.Equal(5m, summary.GetProperty("average").GetDecimal());
        Assert.Equal(1, summary.GetProperty("distribution").GetProperty("5").GetInt32());
        Assert.Equal(created.Id, summary.GetProperty("comments")[0].GetProperty("id").GetGuid());

        var reply = await s.Owner.PostAsJsonAsync($"/api/feedback/{created.Id}/reply", new { body = "Thank you!" });
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        using var anonymous = factory.CreateClient();
        var list = (await anonymous.GetFromJsonAsync<PagedResponse<PublicFeedbackResponse>>($"/api/events/{ev.Id}/feedback"))!;
        Assert.Equal(("<b>Nice</b>", "Thank you!"), (list.Items.Single().Comment, list.Items.Single().Reply!.Body));
        Assert.DoesNotContain("@", await anonymous.GetStringAsync($"/api/events/{ev.Id}/feedback"));
        Assert.Equal(new PublicRatingResponse(1, null), await anonymous.GetFromJsonAsync<PublicRatingResponse>($"/api/events/{ev.Id}/rating"));
        Assert.Equal(HttpStatusCode.OK, (await s.Owner.DeleteAsync($"/api/feedback/{created.Id}/reply")).StatusCode);
    }

    [Theory]
    [InlineData("""{"rating":0}""", "rating")]
    [InlineData("""{"rating":6}""", "rating")]
    [InlineData("""{"comment":"no rating"}""", "rating")]
    [InlineData("""{"rating":3,"aspects":{"content":9}}""", "aspects.content")]
    public async Task BadRatings_Are400_WithTheField_AndStoreNothing(string body, string field)
    {
        var (_, ev, holder) = await StartedEventWithHolderAsync();
        var response = await holder.PostAsync($"/api/events/{ev.Id}/feedback", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), errors.ToString());
        Assert.Null((await holder.GetFromJsonAsync<MyFeedbackResponse>($"/api/events/{ev.Id}/feedback/mine"))!.Feedback);
    }

    [Fact]
    public async Task CommentOf5001Characters_Is400()
    {
        var (_, ev, holder) = await StartedEventWithHolderAsync();
        var response = await holder.PostAsJsonAsync($"/api/events/{ev.Id}/feedback", new { rating = 3, comment = new string('x', 5_001) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("comment", out _));
        Assert.Equal(HttpStatusCode.Created,
            (await holder.PostAsJsonAsync($"/api/events/{ev.Id}/feedback", new { rating = 3, comment = new string('x', 5_000) })).StatusCode);
    }

    [Fact]
    public async Task BeforeTheStart_Is409FeedbackClosed()
    {
        var s = await factory.ScenarioAsync();
        var ev = await EventEndpointTests.CreatePublishedAsync(s, EventEndpointTests.EventBody("Future feedback", Berlin, inDays: 5));
        var holder = await HolderAsync(s, ev.Id);
        var response = await holder.PostAsJsonAsync($"/api/events/{ev.Id}/feedback", new { rating = 5 });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("feedback_closed", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.False((await holder.GetFromJsonAsync<MyFeedbackResponse>($"/api/events/{ev.Id}/feedback/mine"))!.Window.Open);
    }

    [Fact]
    public async Task NonHolders_Are403_ForEventsTheySee_And404_ForDrafts()
    {
        var (s, ev, _) = await StartedEventWithHolderAsync();
        var draft = await EventEndpointTests.CreateAsync(s, EventEndpointTests.EventBody("Feedback draft", Berlin, inDays: 0));
        var (_, stranger) = await factory.CreateSignedInUserAsync();

        var refused = await stranger.PostAsJsonAsync($"/api/events/{ev.Id}/feedback", new { rating = 5 });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("not_a_ticket_holder", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/api/events/{ev.Id}/feedback/mine")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/events/{draft.Id}/feedback", new { rating = 5 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/events/{draft.Id}/feedback/mine")).StatusCode);
        Assert.Equal(0, (await s.Owner.GetFromJsonAsync<JsonElement>($"/api/events/{ev.Id}/feedback/summary")).GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task ReplyToAnotherOrganizationsFeedback_Is404_AndChangesNothing()
    {
        var (s, ev, holder) = await StartedEventWithHolderAsync();
        var feedback = (await (await holder.PostAsJsonAsync($"/api/events/{ev.Id}/feedback", new { rating = 2, comment = "Meh" })).Content.ReadFromJsonAsync<FeedbackResponse>())!;
        var (_, outsider) = await factory.CreateSignedInUserAsync();
        (await outsider.PostAsJsonAsync("/api/organizations", new { name = "Other feedback org" })).EnsureSuccessStatusCode();

        var response = await outsider.PostAsJsonAsync($"/api/feedback/{feedback.Id}/reply", new { body = "Not yours" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("unknown_feedback", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsync($"/api/feedback/{feedback.Id}/hide", null)).StatusCode);
        Assert.Null((await holder.GetFromJsonAsync<MyFeedbackResponse>($"/api/events/{ev.Id}/feedback/mine"))!.Feedback!.Reply);
        Assert.Equal(HttpStatusCode.BadRequest, (await s.Owner.PostAsJsonAsync($"/api/feedback/{feedback.Id}/reply", new { body = "" })).StatusCode);
    }

    [Fact]
    public async Task Settings_NeedEventsManage_AndMoveTheWindow()
    {
        var (s, ev, holder) = await StartedEventWithHolderAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await holder.PutAsJsonAsync($"/api/events/{ev.Id}/feedback/settings", new { opensAt = "end" })).StatusCode);
        var settings = (await (await s.Owner.PutAsJsonAsync($"/api/events/{ev.Id}/feedback/settings", new { opensAt = "end" })).Content.ReadFromJsonAsync<FeedbackSettingsResponse>())!;
        Assert.Equal(FeedbackOpensAt.End, settings.OpensAt);
        Assert.False(settings.Window.Open);
        Assert.Equal(HttpStatusCode.Conflict, (await holder.PostAsJsonAsync($"/api/events/{ev.Id}/feedback", new { rating = 5 })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await s.Owner.PutAsJsonAsync($"/api/events/{ev.Id}/feedback/settings", new { })).StatusCode);
    }

    /// <summary>A published event that has just started (feedback open from its start) and a participant holding a free ticket.</summary>
    private async Task<(OrganizationScenario S, EventResponse Event, HttpClient Holder)> StartedEventWithHolderAsync()
    {
        var s = await factory.ScenarioAsync();
        var ev = await EventEndpointTests.CreatePublishedAsync(s, EventEndpointTests.EventBody($"Feedback {Guid.NewGuid():N}", Berlin, inDays: 0));
        return (s, ev, await HolderAsync(s, ev.Id));
    }

    private async Task<HttpClient> HolderAsync(OrganizationScenario s, Guid eventId)
    {
        var type = await (await s.Owner.PostAsJsonAsync($"/api/events/{eventId}/ticket-types",
            new { name = "Free", price = new { amount = 0, currency = "EUR" }, capacity = 50, accessLevel = "General" })).Content.ReadFromJsonAsync<JsonElement>();
        var (_, client) = await factory.CreateSignedInUserAsync();
        (await client.PostAsJsonAsync($"/api/events/{eventId}/orders", new { items = new[] { new { ticketTypeId = type.GetProperty("id").GetGuid(), quantity = 1 } } }))
            .EnsureSuccessStatusCode();
        return client;
    }
}
