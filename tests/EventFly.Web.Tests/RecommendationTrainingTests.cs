using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static EventFly.Web.Tests.EventEndpointTests;
using static EventFly.Web.Tests.RecommendationEndpointTests;
using static EventFly.Web.Tests.TicketingEndpointTests;

namespace EventFly.Web.Tests;

/// <summary>
/// Training from the admin area, on a host of its own: once a model is current it ranks every request, so the orders the
/// cold-start tests in <see cref="RecommendationEndpointTests"/> assert would depend on which test ran first.
/// </summary>
public sealed class RecommendationTrainingTests(MatrixFactory factory) : IClassFixture<MatrixFactory>
{
    [Fact]
    public async Task Training_FromTheAdminButton_StoresAModel_ThatThenRanks()
    {
        var s = await factory.ScenarioAsync();
        var ev = await OnSaleAsync(s, EventBody("Trained on", Porto, tags: ["choir"]));
        for (var i = 0; i < 3; i++)
        {
            var (_, buyer) = await factory.CreateSignedInUserAsync();
            await PlaceAsync(buyer, ev, await FirstTypeAsync(s, ev), 1);
        }
        await factory.DispatchOutboxAsync();
        var admin = await factory.CreateBearerClientAsync(EventFlyFactory.AdminEmail, EventFlyFactory.AdminPassword);

        var started = await admin.PostAsync("/api/admin/recommendations/train", null);
        var status = await WaitForTrainingAsync(admin);

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        Assert.True(status.GetProperty("error").ValueKind == JsonValueKind.Null, status.ToString());
        var models = await admin.GetFromJsonAsync<JsonElement>("/api/admin/recommendations/models");
        var newest = models.EnumerateArray().First();
        Assert.True(newest.GetProperty("current").GetBoolean());
        Assert.True(newest.GetProperty("interactions").GetInt32() >= 3);
        var (_, reader) = await factory.CreateSignedInUserAsync();
        Assert.NotEmpty(await RecommendationsAsync(reader, "?limit=5"));
    }

    private static async Task<JsonElement> WaitForTrainingAsync(HttpClient admin)
    {
        // Polls the background job's state (the test waits for the state, not for a time); two minutes is a hang.
        for (var deadline = DateTime.UtcNow.AddMinutes(2); DateTime.UtcNow < deadline; await Task.Delay(50))
        {
            var status = await admin.GetFromJsonAsync<JsonElement>("/api/admin/recommendations/train");
            if (!status.GetProperty("running").GetBoolean()) return status;
        }
        throw new TimeoutException("Training did not finish within two minutes.");
    }
}
