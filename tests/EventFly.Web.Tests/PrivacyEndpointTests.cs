using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EventFly.Client.Contracts;
using EventFly.Services.Common;
using EventFly.Services.Identity.Contracts;
using EventFly.Services.Privacy.Contracts;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection;
using static EventFly.Web.Tests.TicketingEndpointTests;

namespace EventFly.Web.Tests;

/// <summary>The participant's data (ADR 0030): the export holds the caller's data and nobody else's; deleting anonymizes and keeps the accounts.</summary>
public sealed class PrivacyEndpointTests(MatrixFactory factory) : IClassFixture<MatrixFactory>
{
    [Fact]
    public async Task Export_HoldsTheCallersData_AndNothingOfOthersInTheSameEventAndFeed()
    {
        var (s, ev, type) = await EventWithTypeAsync(factory, "Export night", capacity: 10, price: 0);
        var (adaEmail, ada) = await factory.CreateSignedInUserAsync();
        var (bobEmail, bob) = await factory.CreateSignedInUserAsync();
        (await ada.PutAsJsonAsync("/api/me/profile", new ProfileDto { DisplayName = "Ada Export", City = "Berlin", Interests = ["jazz"] })).EnsureSuccessStatusCode();
        (await bob.PutAsJsonAsync("/api/me/profile", new ProfileDto { DisplayName = "Bob Elsewhere" })).EnsureSuccessStatusCode();
        var adaOrder = await PlaceAsync(ada, ev.Id, type.Id, 1);
        var bobOrder = await PlaceAsync(bob, ev.Id, type.Id, 1);
        var postId = await CreatedIdAsync(s.Owner, $"/api/events/{ev.Id}/posts", new { body = "Organizer post text" });
        await CreatedIdAsync(ada, $"/api/posts/{postId}/comments", new { body = "Ada's own comment" });
        await CreatedIdAsync(bob, $"/api/posts/{postId}/comments", new { body = "Bob's private remark" });

        var response = await ada.GetAsync("/api/me/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var text = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text);
        var sections = json.RootElement.GetProperty("sections");
        Assert.Equal(adaEmail, sections.GetProperty("account").GetProperty("email").GetString());
        Assert.Equal("Ada Export", sections.GetProperty("account").GetProperty("displayName").GetString());
        Assert.Equal(["jazz"], sections.GetProperty("account").GetProperty("interests").EnumerateArray().Select(i => i.GetString()));
        var order = Assert.Single(sections.GetProperty("ticketing").GetProperty("orders").EnumerateArray());
        Assert.Equal(adaOrder.Reference, order.GetProperty("reference").GetString());
        var comment = Assert.Single(sections.GetProperty("engagement").GetProperty("comments").EnumerateArray());
        Assert.Equal("Ada's own comment", comment.GetProperty("body").GetString());
        foreach (var section in new[] { "staffMemberships", "feedback", "notifications", "recommendationInteractions" })
            Assert.True(sections.TryGetProperty(section, out _), $"no section {section}");
        foreach (var foreign in new[] { bobEmail, "Bob Elsewhere", "Bob's private remark", "Organizer post text", bobOrder.Reference, bobOrder.Id.ToString() })
            Assert.DoesNotContain(foreign, text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Delete_AfterFiveWrongPasswords_Is429LockedOut_EvenWithTheRightOne_AndSigningInIsLockedToo()
    {
        var (email, user) = await factory.CreateSignedInUserAsync();

        var wrong = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++) wrong.Add(await DeleteAsync(user, new { password = $"guess {i}" }));
        var right = await DeleteAsync(user, new { password = EventFlyFactory.Password });

        Assert.Equal("invalid_password invalid_password invalid_password invalid_password locked_out",
            string.Join(' ', await Task.WhenAll(wrong.Select(CodeAsync))));
        Assert.Equal((HttpStatusCode.TooManyRequests, "locked_out"), (right.StatusCode, await CodeAsync(right)));
        Assert.Equal(TimeSpan.FromMinutes(5), right.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/api/me")).StatusCode); // nothing was deleted
        using var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = EventFlyFactory.Password })).StatusCode);
    }

    [Fact]
    public async Task Delete_WithOpenPaidOrders_Is409ListingThem_ThenKeepsThemAnonymized_AndTheEmailRegistersAgain()
    {
        var (s, ev, type) = await EventWithTypeAsync(factory, "Kept night", capacity: 10, price: 20);
        var (email, buyer) = await factory.CreateSignedInUserAsync();
        (await buyer.PutAsJsonAsync("/api/me/profile", new ProfileDto { DisplayName = "Grace Deleted", City = "Berlin" })).EnsureSuccessStatusCode();
        var order = await OrderLifecycleEndpointTests.PayAsync(factory, buyer, await PlaceAsync(buyer, ev.Id, type.Id, 2));
        var userId = (await buyer.GetFromJsonAsync<MeResponse>("/api/me"))!.Id;
        (await buyer.PostAsync($"/api/me/recommendations/{ev.Id}/dismiss", null)).EnsureSuccessStatusCode();
        var postId = await CreatedIdAsync(s.Owner, $"/api/events/{ev.Id}/posts", new { body = "Doors at eight" });
        await CreatedIdAsync(buyer, $"/api/posts/{postId}/comments", new { body = "See you there" });
        await factory.DrainOutboxAsync();
        var before = await ExportOfAsync(userId);
        Assert.NotEqual(0, before.GetProperty("notifications").GetProperty("items").GetArrayLength());
        Assert.NotEqual(0, before.GetProperty("recommendationInteractions").GetArrayLength());
        var revenueBefore = (await AnalyticsEndpointTests.DashboardAsync(s.Owner, ev.Id)).GetProperty("revenue").GetDecimal();

        var noPassword = await DeleteAsync(buyer, new { });
        var wrongPassword = await DeleteAsync(buyer, new { password = "wrong" });
        var noChoice = await DeleteAsync(buyer, new { password = EventFlyFactory.Password });

        Assert.Equal((HttpStatusCode.BadRequest, "invalid_password"), (noPassword.StatusCode, await CodeAsync(noPassword)));
        Assert.Equal((HttpStatusCode.BadRequest, "invalid_password"), (wrongPassword.StatusCode, await CodeAsync(wrongPassword)));
        Assert.True((await wrongPassword.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("password", out _));
        Assert.Equal((HttpStatusCode.Conflict, "open_paid_orders"), (noChoice.StatusCode, await CodeAsync(noChoice)));
        var listed = Assert.Single((await noChoice.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orders").EnumerateArray());
        Assert.Equal(order.Reference, listed.GetProperty("reference").GetString());
        Assert.Equal(40m, listed.GetProperty("total").GetProperty("amount").GetDecimal());
        Assert.Equal(HttpStatusCode.OK, (await buyer.GetAsync("/api/me")).StatusCode); // nothing was deleted yet

        using var otherDevice = await factory.CreateBearerClientAsync(email, EventFlyFactory.Password);
        var deleted = await DeleteAsync(buyer, new { password = EventFlyFactory.Password, openPaidOrders = "keep" });
        await factory.DrainOutboxAsync();

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        // The token issued before the deletion is a guest's from now on (it would be valid for another hour).
        Assert.Equal(HttpStatusCode.Unauthorized, (await buyer.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await otherDevice.GetAsync("/api/me/tickets")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await buyer.PostAsJsonAsync($"/api/events/{ev.Id}/orders",
            new { items = new[] { new { ticketTypeId = type.Id, quantity = 1 } } })).StatusCode);
        using (var anonymous = factory.CreateClient())
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = EventFlyFactory.Password })).StatusCode);
        var kept = (await s.Owner.GetFromJsonAsync<PagedResponse<OrderSummaryResponse>>($"/api/events/{ev.Id}/orders"))!.Items.Single(o => o.Id == order.Id);
        Assert.Equal(("Deleted participant", "", OrderState.Confirmed, 40m, "EUR", order.Reference),
            (kept.BuyerName, kept.BuyerEmail, kept.Status, kept.Total.Amount, kept.Total.Currency, kept.Reference));
        var attendees = await s.Owner.GetStringAsync($"/api/events/{ev.Id}/attendees/export?format=csv");
        Assert.Contains("Deleted participant", attendees, StringComparison.Ordinal);
        Assert.DoesNotContain(email, attendees, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Grace", attendees, StringComparison.Ordinal);
        Assert.Equal(revenueBefore, (await AnalyticsEndpointTests.DashboardAsync(s.Owner, ev.Id)).GetProperty("revenue").GetDecimal());
        Assert.Equal(40m, revenueBefore);
        var comments = await s.Owner.GetFromJsonAsync<JsonElement>($"/api/posts/{postId}/comments");
        var comment = Assert.Single(comments.GetProperty("items").EnumerateArray());
        Assert.Equal(("See you there", "Deleted participant"), (comment.GetProperty("body").GetString(), comment.GetProperty("authorName").GetString()));
        // What every context still holds about the person, as the export would show it: only the kept order, anonymously.
        var after = await ExportOfAsync(userId);
        Assert.Equal(JsonValueKind.Null, after.GetProperty("account").GetProperty("email").ValueKind);
        Assert.Equal(("Deleted participant", JsonValueKind.Null), (after.GetProperty("account").GetProperty("displayName").GetString(),
            after.GetProperty("account").GetProperty("city").ValueKind));
        Assert.Equal(0, after.GetProperty("notifications").GetProperty("items").GetArrayLength());
        Assert.Equal(0, after.GetProperty("recommendationInteractions").GetArrayLength());
        Assert.Equal(order.Id, Assert.Single(after.GetProperty("ticketing").GetProperty("orders").EnumerateArray()).GetProperty("order").GetProperty("id").GetGuid());

        var (_, again) = await factory.CreateSignedInUserAsync(email);
        var me = await again.GetFromJsonAsync<MeResponse>("/api/me");
        Assert.Equal(email, me!.Email);
        Assert.Empty((await again.GetFromJsonAsync<List<TicketResponse>>("/api/me/tickets"))!);
    }

    [Fact]
    public async Task Delete_ChoosingCancel_CancelsAndRefundsTheOpenPaidOrders()
    {
        var (s, ev, type) = await EventWithTypeAsync(factory, "Cancelled by deletion", capacity: 10, price: 15);
        var (_, buyer) = await factory.CreateSignedInUserAsync();
        var order = await OrderLifecycleEndpointTests.PayAsync(factory, buyer, await PlaceAsync(buyer, ev.Id, type.Id, 1));

        var deleted = await DeleteAsync(buyer, new { password = EventFlyFactory.Password, openPaidOrders = "cancel" });
        await factory.DrainOutboxAsync();

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        var cancelled = await s.Owner.GetFromJsonAsync<OrderResponse>($"/api/orders/{order.Id}");
        Assert.Equal((OrderState.Cancelled, 15m), (cancelled!.Status, cancelled.Total.Amount));
        Assert.Equal(0, (await TypeAsync(s, ev.Id, type.Id)).Sold);
    }

    [Fact]
    public async Task Delete_AsTheOnlyOwnerOfAnOrganization_Is409UntilOwnershipIsShared()
    {
        var (_, owner) = await factory.CreateSignedInUserAsync();
        (await owner.PostAsJsonAsync("/api/organizations", new { name = "Solo Org" })).EnsureSuccessStatusCode();

        var refused = await DeleteAsync(owner, new { password = EventFlyFactory.Password });

        Assert.Equal((HttpStatusCode.Conflict, "sole_owner"), (refused.StatusCode, await CodeAsync(refused)));
        var organization = Assert.Single((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("organizations").EnumerateArray());
        Assert.Equal("Solo Org", organization.GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Delete_AsStaff_LeavesTheTeam_AndItsInvitationAndAuditLinesNoLongerNameTheAddress()
    {
        var s = await OrganizationScenario.CreateAsync(factory);
        var (email, member) = await factory.CreateSignedInUserAsync();
        await s.InviteAsync(email, s.StaffRoleId);
        (await member.PostAsync($"/api/invitations/{await OrganizationScenario.ReadInvitationTokenAsync(factory, email)}/accept", null)).EnsureSuccessStatusCode();
        var auditBefore = await s.Owner.GetStringAsync(s.Url("/audit"));

        var deleted = await DeleteAsync(member, new { password = EventFlyFactory.Password });
        await factory.DrainOutboxAsync();
        var team = string.Join('\n', await s.Owner.GetStringAsync(s.Url("/staff")), await s.Owner.GetStringAsync(s.Url("/invitations")),
            await s.Owner.GetStringAsync(s.Url("/audit")));

        Assert.Contains(email, auditBefore, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.DoesNotContain(email, team, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(AppUser.DeletedDisplayName, team, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffWithoutOrdersView_SeeNoAttendeeEmails_AndOnlyAFirstNameAtTheDoor()
    {
        var (s, ev, type) = await EventWithTypeAsync(factory, "Door privacy", capacity: 10, price: 0);
        var (_, door) = await s.AddMemberAsync(await s.CreateRoleAsync($"Door {Guid.NewGuid():N}", ["checkin.scan"]));
        var (_, boxOffice) = await s.AddMemberAsync(await s.CreateRoleAsync($"Box office {Guid.NewGuid():N}", ["checkin.scan", "orders.view"]));
        var (email, buyer) = await factory.CreateSignedInUserAsync();
        (await buyer.PutAsJsonAsync("/api/me/profile", new ProfileDto { DisplayName = "Ada Lovelace" })).EnsureSuccessStatusCode();
        var tickets = (await PlaceAsync(buyer, ev.Id, type.Id, 2)).Tickets;

        var atTheDoor = await door.PostAsJsonAsync($"/api/events/{ev.Id}/checkins", new { code = tickets[0].Code });
        var atTheBoxOffice = await boxOffice.PostAsJsonAsync($"/api/events/{ev.Id}/checkins", new { code = tickets[1].Code });

        Assert.Equal(HttpStatusCode.OK, atTheDoor.StatusCode);
        var doorBody = await atTheDoor.Content.ReadAsStringAsync();
        Assert.Equal("Ada", JsonDocument.Parse(doorBody).RootElement.GetProperty("attendeeName").GetString());
        Assert.DoesNotContain(email, doorBody, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Lovelace", doorBody, StringComparison.Ordinal);
        Assert.Equal("Ada Lovelace", (await atTheBoxOffice.Content.ReadFromJsonAsync<CheckInResponse>())!.AttendeeName);
        Assert.Equal(HttpStatusCode.Forbidden, (await door.GetAsync($"/api/events/{ev.Id}/orders")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await door.GetAsync($"/api/events/{ev.Id}/attendees/export?format=csv")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await boxOffice.GetAsync($"/api/events/{ev.Id}/attendees/export?format=csv")).StatusCode);
    }

    private static Task<HttpResponseMessage> DeleteAsync(HttpClient client, object body) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/me") { Content = JsonContent.Create(body) });

    private static async Task<Guid> CreatedIdAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>The export's sections for an account that can no longer sign in, straight from the Privacy context.</summary>
    private async Task<JsonElement> ExportOfAsync(Guid userId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var export = await scope.ServiceProvider.GetRequiredService<IPersonalDataService>().ExportAsync(new Actor(userId), CancellationToken.None);
        var json = scope.ServiceProvider.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        return JsonSerializer.SerializeToElement(export.Sections, json);
    }
}
