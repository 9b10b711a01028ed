using System.Net.Http.Json;
using System.Text.Json;
using EventFly.Client.Contracts;
using EventFly.Services.Recommendations;
using EventFly.Services.Recommendations.Contracts;
using Microsoft.Extensions.DependencyInjection;
using static EventFly.Web.Tests.EventEndpointTests;
using static EventFly.Web.Tests.TicketingEndpointTests;

namespace EventFly.Web.Tests;

/// <summary>
/// A new model replaces the current one while requests are in flight: every request is answered, by the old model or
/// the new, never with an error or an empty list. A host of its own, since the models it trains then rank for everybody.
/// </summary>
public sealed class RecommendationHotSwapTests(MatrixFactory factory) : IClassFixture<MatrixFactory>
{
    private const int Requests = 50;
    private static readonly (string City, double Lat, double Lng) Seville = ("Seville", 37.39, -5.98);

    [Fact]
    public async Task SwappingTheModel_Under50ConcurrentRequests_AnswersEveryOne_WithRecommendations()
    {
        var s = await factory.ScenarioAsync();
        var flamenco = await OnSaleAsync(s, EventBody("Flamenco night", Seville, tags: ["flamenco"]));
        var tapas = await OnSaleAsync(s, EventBody("Tapas tour", Seville, category: "food", tags: ["tapas"]));
        var type = (await s.Owner.GetFromJsonAsync<JsonElement>($"/api/events/{flamenco}/ticket-types")).EnumerateArray().First().GetProperty("id").GetGuid();
        for (var i = 0; i < 3; i++)
        {
            var (_, buyer) = await factory.CreateSignedInUserAsync();
            await PlaceAsync(buyer, flamenco, type, 1);
        }
        await factory.DispatchOutboxAsync();
        var (_, reader) = await factory.CreateSignedInUserAsync();
        (await reader.PutAsJsonAsync("/api/me/profile", new { displayName = "Reader", city = Seville.City, latitude = Seville.Lat, longitude = Seville.Lng, interests = new[] { "flamenco" } }))
            .EnsureSuccessStatusCode();

        // Two trained models to swap between; each training swaps its model in, as the nightly job and the admin's button do.
        var current = factory.Services.GetRequiredService<CurrentRanker>();
        var first = await TrainAsync();
        var firstRanker = current.Ranker;
        var second = await TrainAsync();
        var secondRanker = current.Ranker;
        Assert.NotSame(firstRanker, secondRanker);

        // On "go": 50 requests at once, a third training (its own swap at its end), and swaps back and forth between the
        // first two models for as long as requests are still unanswered, counting those that fell between two answers.
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var answered = 0;
        var requests = Task.WhenAll(Enumerable.Range(0, Requests).Select(_ => Task.Run(async () =>
        {
            await go.Task;
            using var response = await reader.GetAsync("/api/me/recommendations?limit=10");
            var body = await response.Content.ReadAsStringAsync();
            Interlocked.Increment(ref answered);
            return (response.StatusCode, Body: body);
        })));
        var training = Task.Run(async () =>
        {
            await go.Task;
            return await TrainAsync();
        });
        var swapper = Task.Run(async () =>
        {
            await go.Task;
            var (swaps, amidAnswers) = (0, 0);
            while (!requests.IsCompleted)
            {
                var done = Volatile.Read(ref answered);
                current.Swap(swaps % 2 == 0 ? firstRanker : secondRanker, swaps % 2 == 0 ? first.Version : second.Version);
                swaps++;
                if (done is > 0 and < Requests) amidAnswers++;
                await Task.Delay(1); // pacing between swaps, so the requests get the cores
            }
            return (Swaps: swaps, AmidAnswers: amidAnswers);
        });
        go.SetResult();

        var answers = await requests;
        var (swaps, amidAnswers) = await swapper;
        var third = await training;
        TestContext.Current.TestOutputHelper?.WriteLine($"{swaps} swaps, {amidAnswers} of them while some requests were answered and others not; model v{third.Version} trained meanwhile");

        Assert.All(answers, a => Assert.True(a.StatusCode == System.Net.HttpStatusCode.OK, $"{(int)a.StatusCode}: {a.Body}"));
        var lists = answers.Select(a => JsonSerializer.Deserialize<RecommendationResponse[]>(a.Body, JsonSerializerOptions.Web)!).ToList();
        Assert.All(lists, list =>
        {
            Assert.Equal(new[] { flamenco, tapas }.Order(), list.Select(r => r.Event.Id).Order());
            Assert.All(list, r => Assert.NotEmpty(r.Reasons));
        });
        Assert.True(amidAnswers > 0, $"{swaps} swaps, none while some requests were answered and others not");
        Assert.True(third.Version > second.Version && second.Version > first.Version);
    }

    private async Task<RecommendationModelInfo> TrainAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IRecommendationTraining>().TrainAsync(CancellationToken.None)
            ?? throw new InvalidOperationException("Nothing trained: the bookings did not reach the interaction log.");
    }

    private static async Task<Guid> OnSaleAsync(OrganizationScenario s, object body)
    {
        var ev = await CreatePublishedAsync(s, body);
        await CreateTypeAsync(s, ev.Id, new { name = "Entry", price = new { amount = 0, currency = "EUR" }, capacity = 100 });
        return ev.Id;
    }
}
