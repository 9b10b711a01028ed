using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EventFly.Client.Contracts;

namespace EventFly.Web.Tests;

public sealed class EventEndpointTests(MatrixFactory factory) : IClassFixture<MatrixFactory>
{
    // Berlin Alexanderplatz, Potsdam (~27 km), Munich (~504 km).
    private static readonly (string City, double Lat, double Lng) Berlin = ("Berlin", 52.5219, 13.4132);
    private static readonly (string City, double Lat, double Lng) Potsdam = ("Potsdam", 52.3906, 13.0645);
    private static readonly (string City, double Lat, double Lng) Munich = ("Munich", 48.1374, 11.5755);

    public static object EventBody(string name, (string City, double Lat, double Lng) place, string description = "A fine evening.",
        string category = "music", string[]? tags = null, int inDays = 10, string visibility = "public") => new
    {
        name,
        description,
        category,
        tags = tags ?? ["live"],
        startsAt = DateTimeOffset.UtcNow.AddDays(inDays),
        endsAt = DateTimeOffset.UtcNow.AddDays(inDays).AddHours(3),
        timeZone = "Europe/Berlin",
        venue = new { name = $"{place.City} Hall", address = "Main street 1", city = place.City, latitude = place.Lat, longitude = place.Lng },
        visibility,
    };

    [Fact]
    public async Task Draft_IsHiddenFromEveryoneButStaff_UntilPublished()
    {
        var s = await factory.ScenarioAsync();
        using var anonymous = factory.CreateClient();
        var created = await CreateAsync(s, EventBody("Secret gig", Berlin));

        var hidden = await anonymous.GetAsync($"/api/events/{created.Id}");
        var staffView = await s.MemberWithout.GetAsync($"/api/events/{created.Id}");
        var published = await s.Owner.PostAsync($"/api/events/{created.Id}/publish", null);
        var visible = await anonymous.GetFromJsonAsync<EventResponse>($"/api/events/{created.Id}");

        Assert.Equal(EventState.Draft, created.Status);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.OK, staffView.StatusCode);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(EventState.Published, visible!.Status);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<svg onload=alert(1)>")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("<div style=\"background:url(javascript:alert(1))\">x</div>")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("<<script>script>alert(1)<</script>/script>")]
    public async Task Description_WithScript_IsRenderedWithoutIt(string payload)
    {
        var s = await factory.ScenarioAsync();

        var created = await CreateAsync(s, EventBody("XSS test", Berlin, description: $"Hello **world**\n\n{payload}"));

        // Parsed as a browser would: escaped text is harmless, elements and attributes are what run.
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(created.DescriptionHtml);
        Assert.NotNull(document.QuerySelector("strong"));
        Assert.Empty(document.QuerySelectorAll("script, iframe, svg, object, embed, style"));
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"event handler in {element.OuterHtml}");
                Assert.DoesNotContain("javascript:", attribute.Value.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Theory]
    [InlineData("endsAt", """{"name":"x","category":"music","startsAt":"2030-01-02T10:00:00Z","endsAt":"2030-01-02T09:00:00Z","timeZone":"UTC","online":true,"onlineUrl":"https://meet.example/x"}""")]
    [InlineData("venue", """{"name":"x","category":"music","startsAt":"2030-01-02T10:00:00Z","endsAt":"2030-01-02T11:00:00Z","timeZone":"UTC"}""")]
    [InlineData("onlineUrl", """{"name":"x","category":"music","startsAt":"2030-01-02T10:00:00Z","endsAt":"2030-01-02T11:00:00Z","timeZone":"UTC","online":true}""")]
    [InlineData("venue.latitude", """{"name":"x","category":"music","startsAt":"2030-01-02T10:00:00Z","endsAt":"2030-01-02T11:00:00Z","timeZone":"UTC","venue":{"name":"v","city":"c","latitude":200,"longitude":0}}""")]
    [InlineData("category", """{"name":"x","category":"opera-on-ice","startsAt":"2030-01-02T10:00:00Z","endsAt":"2030-01-02T11:00:00Z","timeZone":"UTC","online":true,"onlineUrl":"https://meet.example/x"}""")]
    [InlineData("timeZone", """{"name":"x","category":"music","startsAt":"2030-01-02T10:00:00Z","endsAt":"2030-01-02T11:00:00Z","timeZone":"Mars/Olympus","online":true,"onlineUrl":"https://meet.example/x"}""")]
    [InlineData("name", """{"name":"","category":"music","startsAt":"2030-01-02T10:00:00Z","endsAt":"2030-01-02T11:00:00Z","timeZone":"UTC","online":true,"onlineUrl":"https://meet.example/x"}""")]
    public async Task Create_WithInvalidField_Is400WithThatField(string field, string body)
    {
        var s = await factory.ScenarioAsync();

        var response = await s.Owner.PostAsync(s.Url("/events"), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(field, out _), $"no '{field}' in {json.RootElement}");
    }

    [Fact]
    public async Task SearchNearBerlin_FindsBerlinThenPotsdamByDistance_AndNotMunichOrDrafts()
    {
        var s = await factory.ScenarioAsync();
        var tag = $"t{Guid.NewGuid():N}"[..12];
        await CreatePublishedAsync(s, EventBody("Potsdam night", Potsdam, tags: [tag]));
        await CreatePublishedAsync(s, EventBody("Berlin night", Berlin, tags: [tag]));
        await CreatePublishedAsync(s, EventBody("Munich night", Munich, tags: [tag]));
        await CreateAsync(s, EventBody("Berlin draft", Berlin, tags: [tag]));
        using var anonymous = factory.CreateClient();

        var page = await anonymous.GetFromJsonAsync<PagedResponse<EventSearchItem>>(
            $"/api/events?q={tag}&lat={Berlin.Lat}&lng={Berlin.Lng}&radiusKm=50&sort=distance");

        Assert.Equal(["Berlin night", "Potsdam night"], page!.Items.Select(i => i.Name));
        Assert.Equal(2, page.Total);
        Assert.InRange(page.Items[0].DistanceKm!.Value, 0, 0.5);
        Assert.InRange(page.Items[1].DistanceKm!.Value, 25, 29);
    }

    [Fact]
    public async Task Search_ByTextCategoryAndDate_FiltersAndPages()
    {
        var s = await factory.ScenarioAsync();
        var word = $"w{Guid.NewGuid():N}"[..12];
        await CreatePublishedAsync(s, EventBody($"Jazz {word}", Berlin, category: "music", inDays: 5));
        await CreatePublishedAsync(s, EventBody($"Code {word}", Berlin, category: "workshop", inDays: 40));
        await CreatePublishedAsync(s, EventBody($"Hidden {word}", Berlin, category: "music", visibility: "unlisted"));
        using var anonymous = factory.CreateClient();

        var all = await anonymous.GetFromJsonAsync<PagedResponse<EventSearchItem>>($"/api/events?q={word}");
        var music = await anonymous.GetFromJsonAsync<PagedResponse<EventSearchItem>>($"/api/events?q={word}&category=music");
        var soon = await anonymous.GetFromJsonAsync<PagedResponse<EventSearchItem>>($"/api/events?q={word}&to={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(20).ToString("O"))}");
        var paged = await anonymous.GetFromJsonAsync<PagedResponse<EventSearchItem>>($"/api/events?q={word}&pageSize=1&page=2");

        Assert.Equal(2, all!.Total);
        Assert.Equal([$"Jazz {word}"], music!.Items.Select(i => i.Name));
        Assert.Equal([$"Jazz {word}"], soon!.Items.Select(i => i.Name));
        Assert.Equal([$"Code {word}"], paged!.Items.Select(i => i.Name));
    }

    [Theory]
    [InlineData("radiusKm=-1&lat=1&lng=1", "radiusKm")]
    [InlineData("radiusKm=100000&lat=1&lng=1", "radiusKm")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("lat=200&lng=1", "lat")]
    [InlineData("lat=1", "lng")]
    [InlineData("radiusKm=10", "lat")]
    [InlineData("category=nope", "category")]
    [InlineData("page=0", "page")]
    public async Task Search_WithBadQuery_Is400WithThatField(string query, string field)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync($"/api/events?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(field, out _), $"no '{field}' in {json.RootElement}");
    }

    [Fact]
    public async Task Cancelled_CannotBeEdited_AndShowsAsCancelled()
    {
        var s = await factory.ScenarioAsync();
        var created = await CreatePublishedAsync(s, EventBody("Rained off", Berlin));

        (await s.Owner.PostAsync($"/api/events/{created.Id}/cancel", null)).EnsureSuccessStatusCode();
        var edit = await s.Owner.PutAsJsonAsync($"/api/events/{created.Id}", EventBody("Rained off again", Berlin));
        var view = await factory.CreateClient().GetFromJsonAsync<EventResponse>($"/api/events/{created.Id}");

        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Contains("event_cancelled", await edit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(EventState.Cancelled, view!.Status);
        Assert.Equal("Rained off", view.Name);
    }

    [Fact]
    public async Task Calendar_ParsesBackWithTheEventsTimesAndPlace()
    {
        var s = await factory.ScenarioAsync();
        var created = await CreatePublishedAsync(s, EventBody("Calendar gig", Berlin));

        var response = await factory.CreateClient().GetAsync($"/api/events/{created.Id}/calendar.ics");
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync());

        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var entry = Assert.Single(calendar!.Events);
        Assert.Equal("Calendar gig", entry.Summary);
        Assert.Equal(created.StartsAt.UtcDateTime, entry.Start!.AsUtc, TimeSpan.FromSeconds(1));
        Assert.Contains("Berlin", entry.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duplicate_MakesADraftCopy()
    {
        var s = await factory.ScenarioAsync();
        var created = await CreatePublishedAsync(s, EventBody("Original", Berlin));

        var response = await s.Owner.PostAsync($"/api/events/{created.Id}/duplicate", null);
        var copy = await response.Content.ReadFromJsonAsync<EventResponse>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Original (copy)", copy!.Name);
        Assert.Equal(EventState.Draft, copy.Status);
    }

    [Fact]
    public async Task Image_FakeOrTooLarge_Is400_RealPng_IsServedWithCaching()
    {
        var s = await factory.ScenarioAsync();
        var created = await CreateAsync(s, EventBody("Pictured", Berlin));
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0];

        var fake = await s.Owner.PutAsync($"/api/events/{created.Id}/image", Upload("<html>not an image</html>"u8.ToArray(), "cover.png"));
        var huge = await s.Owner.PutAsync($"/api/events/{created.Id}/image", Upload([.. png, .. new byte[5 * 1024 * 1024]], "big.png"));
        var real = await s.Owner.PutAsync($"/api/events/{created.Id}/image", Upload(png, "cover.png"));
        var imageUrl = (await real.Content.ReadFromJsonAsync<EventResponse>())!.ImageUrl;
        var served = await s.Owner.GetAsync(imageUrl);

        Assert.Equal(HttpStatusCode.BadRequest, fake.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        Assert.Equal(HttpStatusCode.OK, real.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);
        Assert.True(served.Headers.CacheControl?.MaxAge >= TimeSpan.FromDays(30));
    }

    [Fact]
    public async Task StaffLimitedToOtherEvents_CannotEditThisOne()
    {
        var s = await factory.ScenarioAsync();
        var managerRole = await s.CreateRoleAsync("Event lead", ["events.manage"]);
        var (userId, lead) = await s.AddMemberAsync(managerRole);
        var mine = await CreatePublishedAsync(s, EventBody("Lead's event", Berlin));
        var other = await CreatePublishedAsync(s, EventBody("Someone else's", Berlin));
        (await s.Owner.PutAsJsonAsync(s.Url($"/staff/{userId}"), new { roleId = managerRole, eventIds = new[] { mine.Id } })).EnsureSuccessStatusCode();

        var allowed = await lead.PutAsJsonAsync($"/api/events/{mine.Id}", EventBody("Lead's event, edited", Berlin));
        var refused = await lead.PutAsJsonAsync($"/api/events/{other.Id}", EventBody("Hijacked", Berlin));

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public void ClientCategories_AreTheDomains() =>
        Assert.Equal(EventFly.Domain.Events.EventCategories.All, EventCategoryNames.All);

    private static MultipartFormDataContent Upload(byte[] bytes, string fileName)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        return new MultipartFormDataContent { { content, "file", fileName } };
    }

    internal static async Task<EventResponse> CreateAsync(OrganizationScenario s, object body)
    {
        var response = await s.Owner.PostAsJsonAsync(s.Url("/events"), body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<EventResponse>())!;
    }

    internal static async Task<EventResponse> CreatePublishedAsync(OrganizationScenario s, object body)
    {
        var created = await CreateAsync(s, body);
        (await s.Owner.PostAsync($"/api/events/{created.Id}/publish", null)).EnsureSuccessStatusCode();
        return created;
    }
}
