using System.Collections.Concurrent;
using System.Diagnostics;
using static EventFly.Web.Tests.EventEndpointTests;
using static EventFly.Web.Tests.RecommendationEndpointTests;
using static EventFly.Web.Tests.TicketingEndpointTests;

namespace EventFly.Web.Tests;

/// <summary>
/// One trace from the request that placed an order, through the outbox (stored with the request's traceparent), to the
/// consumers of the order's integration event, however much later the outbox sends it: in process, and over NATS, where
/// the trace context travels in the message's <c>traceparent</c> header.
/// </summary>
public sealed class TracingTests(MatrixFactory factory) : IClassFixture<MatrixFactory>
{
    [Fact]
    public async Task OneTrace_SpansTheOrderRequest_AndTheAnalyticsConsumer()
    {
        using var recorder = new ActivityRecorder("Microsoft.AspNetCore", "EventFly.Outbox");
        var s = await factory.ScenarioAsync();
        var ev = await OnSaleAsync(s, EventBody("Traced", Porto));
        var (_, buyer) = await factory.CreateSignedInUserAsync();
        await PlaceAsync(buyer, ev, await FirstTypeAsync(s, ev), 1);

        await factory.DispatchOutboxAsync();

        var order = Assert.Single(recorder.Stopped, a => a.Source.Name == "Microsoft.AspNetCore"
            && a.GetTagItem("http.request.method") as string == "POST" && (a.GetTagItem("url.path") as string ?? "").Contains($"{ev}/orders", StringComparison.Ordinal));
        var trace = recorder.Stopped.Where(a => a.TraceId == order.TraceId).ToList();
        var sent = Assert.Single(trace, a => a.OperationName == "send ticketing.order_confirmed");
        var analytics = Assert.Single(trace, a => a.OperationName == "consume ticketing.order_confirmed" && a.GetTagItem("messaging.consumer.group.name") as string == "analytics");
        Assert.Equal(sent.SpanId, analytics.ParentSpanId);
        Assert.Contains(trace, a => a.OperationName == "consume ticketing.order_confirmed" && a.GetTagItem("messaging.consumer.group.name") as string == "recommendations");
    }

    [Fact]
    public async Task OverNats_OneTrace_SpansTheOrderRequest_AndTheAnalyticsConsumer()
    {
        using var recorder = new ActivityRecorder("Microsoft.AspNetCore", "EventFly.Outbox");
        await using var nats = await NatsServer.StartAsync();
        await using var natsFactory = new NatsMessagingTests.NatsFactory(nats.Url);
        var shop = await NatsMessagingTests.Shop.OpenAsync(natsFactory);
        await shop.PlaceAsync();

        await natsFactory.DrainOutboxAsync();

        Activity? order = null;
        Activity? analytics = null;
        await NatsMessagingTests.WaitForAsync(() =>
        {
            order ??= recorder.Stopped.SingleOrDefault(a => a.Source.Name == "Microsoft.AspNetCore" && a.GetTagItem("http.request.method") as string == "POST"
                && (a.GetTagItem("url.path") as string ?? "").Contains($"{shop.EventId}/orders", StringComparison.Ordinal));
            if (order is null) return Task.FromResult(false);
            var traceId = order.TraceId;
            analytics = recorder.Stopped.SingleOrDefault(a => a.TraceId == traceId
                && a.OperationName == "consume ticketing.order_confirmed" && a.GetTagItem("messaging.consumer.group.name") as string == "analytics");
            return Task.FromResult(analytics is not null);
        }, "the analytics consumer's span in the order request's trace");
        var sent = Assert.Single(recorder.Stopped, a => a.TraceId == order!.TraceId && a.OperationName == "send ticketing.order_confirmed");
        Assert.Equal(sent.SpanId, analytics!.ParentSpanId);
        Assert.True(analytics.HasRemoteParent, "the consumer continues the trace from the message's headers");
    }

    /// <summary>Every activity of the named sources that ends while it listens (in this process: the test host's too).</summary>
    private sealed class ActivityRecorder : IDisposable
    {
        private readonly ActivityListener _listener;
        private readonly ConcurrentQueue<Activity> _stopped = new();

        public ActivityRecorder(params string[] sources)
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = source => sources.Contains(source.Name),
                Sample = (ref _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = _stopped.Enqueue,
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public IReadOnlyList<Activity> Stopped => [.. _stopped];

        public void Dispose() => _listener.Dispose();
    }
}
