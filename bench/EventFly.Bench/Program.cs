// Benchmarks; each writes JSON to bench/results/.
//   dotnet run -c Release --project bench/EventFly.Bench -- discovery [events=20000] [queries=300]
//   dotnet run -c Release --project bench/EventFly.Bench -- ticket-rush [buyers=64] [seats=5000] [warm-up seconds=30]
//   dotnet run -c Release --project bench/EventFly.Bench -- order-list [orders=20000] [queries=50]
//   dotnet run -c Release --project bench/EventFly.Bench -- analytics [orders=50000] [check-ins=40000] [events=200] [queries=100]
//   dotnet run -c Release --project bench/EventFly.Bench -- recommendations [users=50000] [events=40000] [interactions=1250000] [measured people=2000] [latency runs=200]
//   dotnet run -c Release --project bench/EventFly.Bench -- fanout [clients=1000, or a list: 1000,2500,5000] [seconds=30] [voters=5] [accounts=50]
using EventFly.Bench;

switch (args.FirstOrDefault())
{
    case "ticket-rush":
        await TicketRushBench.RunAsync(args[1..]);
        break;
    case "order-list":
        await OrderListBench.RunAsync(args[1..]);
        break;
    case "fanout":
        await FanOutBench.RunAsync(args[1..]);
        break;
    case "analytics":
        await AnalyticsBench.RunAsync(args[1..]);
        break;
    case "recommendations":
        await RecommendationsBench.RunAsync(args[1..]);
        break;
    case "discovery":
        await DiscoveryBench.RunAsync(args[1..]);
        break;
    default:
        // Without a name, the discovery benchmark with its arguments (as before there were several).
        await DiscoveryBench.RunAsync(args);
        break;
}
