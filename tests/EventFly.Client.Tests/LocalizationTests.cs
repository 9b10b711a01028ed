using System.Collections;
using System.Globalization;
using System.Resources;
using Bunit;
using Bunit.TestDoubles;
using EventFly.Client.Api;
using EventFly.Client.Components;
using EventFly.Client.Contracts;
using EventFly.Client.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EventFly.Client.Tests;

public sealed class LocalizationTests : MudBlazorTestContext
{
    private static readonly EventSearchItem Christmas = new(Guid.NewGuid(), "Weihnachtskonzert",
        new DateTimeOffset(2026, 12, 24, 18, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 24, 20, 0, 0, TimeSpan.Zero), "Europe/Berlin", "music",
        new VenueResponse("Philharmonie", "Herbert-von-Karajan-Str. 1", "Berlin", 52.51, 13.37), false, null, new MoneyResponse(12.50m, "EUR"), null, "Berliner Chor");

    private readonly FakeTicketsApi _tickets;

    public LocalizationTests()
        : base(context =>
        {
            context.Services.AddSingleton<FakeTicketsApi>();
            context.Services.AddSingleton<ITicketsApi>(sp => sp.GetRequiredService<FakeTicketsApi>());
            context.Services.AddSingleton(context.AddAuthorization());
            context.SetRendererInfo(new RendererInfo("WebAssembly", isInteractive: true));
        })
    {
        _tickets = Services.GetRequiredService<FakeTicketsApi>();
    }

    [Fact]
    public void EventCard_InGerman_ShowsTheEventsLocalTimeAndEuros()
    {
        using var german = new GermanCulture();

        var cut = Render<EventCard>(p => p.Add(x => x.Event, Christmas));

        var text = Normalize(cut.Markup);
        Assert.Contains("24. Dez. · 19:00", text, StringComparison.Ordinal); // 18:00 UTC is 19:00 in Berlin
        Assert.Contains("ab 12,50 €", text, StringComparison.Ordinal);
        Assert.Contains("von Berliner Chor", text, StringComparison.Ordinal);
    }

    [Fact]
    public void EventCard_InEnglish_KeepsTheEnglishFormats()
    {
        var cut = Render<EventCard>(p => p.Add(x => x.Event, Christmas));

        Assert.Contains("Thu 24 Dec · 19:00", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("from 12.50 EUR", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void TicketPicker_InGerman_SpeaksGermanAndTotalsInEuros()
    {
        using var german = new GermanCulture();
        Services.GetRequiredService<BunitAuthorizationContext>().SetAuthorized("ada@example.com");
        _tickets.Types = [Type("Stehplatz", 18.5m, available: 12), Type("VIP", 45, available: 0)];

        var cut = Render<TicketPicker>(p => p.Add(x => x.EventId, Guid.NewGuid()));
        cut.Find("[data-testid=ticket-type] input").Change("2");

        var text = Normalize(cut.Markup);
        Assert.Contains("Ausverkauft", text, StringComparison.Ordinal);
        Assert.Contains("Auf die Warteliste", text, StringComparison.Ordinal);
        Assert.Contains("Summe", text, StringComparison.Ordinal);
        Assert.Equal("37,00 €", Normalize(cut.Find("[data-testid=order-total]").TextContent).Trim());
        Assert.Contains("Tickets kaufen", text, StringComparison.Ordinal);
    }

    [Fact]
    public void EventTime_InGerman_WritesTheDateTheGermanWay()
    {
        using var german = new GermanCulture();

        Assert.Equal("24. Dez. 2026, 19:00", EventTime.Medium(Christmas.StartsAt, "Europe/Berlin"));
        Assert.Equal("Donnerstag, 24. Dezember 2026, 19:00", EventTime.Full(Christmas.StartsAt, "Europe/Berlin"));
        Assert.Equal("12,50 €", Normalize(Prices.Format(12.5m, "EUR")));
        Assert.Equal("Kostenlos", Prices.Format(0, "EUR"));
    }

    [Fact]
    public void MissingGermanText_FallsBackToEnglish_AndIsLoggedOncePerKey()
    {
        using var german = new GermanCulture();
        var logs = new ListLogger();
        var factory = new FallbackStringLocalizerFactory(new SingleLoggerFactory(logs));
        var localizer = factory.Create("Sample", new InMemoryResources(
            new() { ["Hello"] = "Hello", ["OnlyEnglish"] = "Only in English" },
            new() { ["Hello"] = "Hallo" }));

        var hello = localizer["Hello"];
        var first = localizer["OnlyEnglish"];
        var second = localizer["OnlyEnglish"];

        Assert.Equal("Hallo", hello.Value);
        Assert.Equal("Only in English", first.Value);
        Assert.False(first.ResourceNotFound);
        Assert.Equal("Only in English", second.Value);
        var warning = Assert.Single(logs.Entries);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("OnlyEnglish", warning.Message, StringComparison.Ordinal);
        Assert.Contains("de", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryAppResource_ResolvesInGerman_WithoutFallingBack()
    {
        using var german = new GermanCulture();
        var logs = new ListLogger();
        var factory = new FallbackStringLocalizerFactory(new SingleLoggerFactory(logs));
        // The public marker classes; ResourceText<TArea> beside them is their internal helper, not a resource.
        var markers = typeof(AppLanguages).Assembly.GetTypes().Where(t => t.Namespace == "EventFly.Client.Resources" && t.IsPublic).ToList();

        Assert.NotEmpty(markers);
        foreach (var marker in markers)
        {
            var localizer = factory.Create(marker);
            Assert.All(localizer.GetAllStrings(includeParentCultures: true), s => Assert.False(s.ResourceNotFound, $"{marker.Name}.{s.Name}"));
        }
        Assert.Empty(logs.Entries);
    }

    private static string Normalize(string text) => text.Replace('\u00A0', ' ').Replace("&#xA0;", " ", StringComparison.Ordinal).Replace("&nbsp;", " ", StringComparison.Ordinal);

    private static TicketTypeResponse Type(string name, decimal price, int available) =>
        new(Guid.NewGuid(), name, null, new MoneyResponse(price, "EUR"), 100, available, OnSale: true, null, null, 1, 10, "General", false, null, null);

    /// <summary>English as the neutral resources, German as "de"; nothing from files.</summary>
    private sealed class InMemoryResources(Dictionary<string, string> english, Dictionary<string, string> german) : ResourceManager
    {
        public override ResourceSet? GetResourceSet(CultureInfo culture, bool createIfNotExists, bool tryParents) =>
            culture.Name switch
            {
                "" => new ResourceSet(new Reader(english)),
                "de" => new ResourceSet(new Reader(german)),
                _ => null,
            };

        private sealed class Reader(Dictionary<string, string> texts) : IResourceReader
        {
            public IDictionaryEnumerator GetEnumerator() => new Hashtable(texts).GetEnumerator();

            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

            public void Close()
            {
            }

            public void Dispose()
            {
            }
        }
    }

    private sealed class ListLogger : ILogger
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }

    private sealed class SingleLoggerFactory(ILogger logger) : ILoggerFactory
    {
        public ILogger CreateLogger(string categoryName) => logger;

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public void Dispose()
        {
        }
    }
}
