using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Web.Tests;

/// <summary>
/// Opens a Blazor Server circuit on a test host as blazor.web.js does, without a browser: a SignalR connection to
/// <c>/_blazor</c> speaking "blazorpack" (SignalR's MessagePack protocol under Blazor's name), <c>StartCircuit</c> with
/// no root components, then an empty first <c>UpdateRootComponents</c>: a Blazor Web App's circuit opens (its handlers
/// run, it is counted) with its first update. Enough for the circuit to open; nothing renders.
/// </summary>
public static class BlazorCircuitClient
{
    /// <returns>The connection that holds the circuit (disposing it ends the circuit) and the circuit's secret.</returns>
    public static async Task<(HubConnection Connection, string Secret)> StartAsync(EventFlyFactory factory)
    {
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(factory.Server.BaseAddress, "/_blazor"), options =>
            {
                options.HttpMessageHandlerFactory = _ => factory.Server.CreateHandler();
                options.Transports = HttpTransportType.LongPolling;
            });
        builder.Services.AddSingleton<IHubProtocol>(new BlazorPack());
        var connection = builder.Build();
        await connection.StartAsync();
        var baseUri = factory.Server.BaseAddress.ToString();
        var secret = await connection.InvokeAsync<string?>("StartCircuit", baseUri, baseUri, "[]", "");
        Assert.False(string.IsNullOrEmpty(secret), "the host refused to start a circuit");
        // A Blazor Web App's circuit opens (handlers, metrics) with its first root-component update; an empty one will do.
        await connection.SendAsync("UpdateRootComponents", "{\"batchId\":1,\"operations\":[]}", "");
        return (connection, secret!);
    }

    /// <summary>Blazor's hub protocol: SignalR's MessagePack encoding under the name the hub accepts.</summary>
    private sealed class BlazorPack : IHubProtocol
    {
        private readonly MessagePackHubProtocol _messagePack = new();

        public string Name => "blazorpack";

        public int Version => _messagePack.Version;

        public TransferFormat TransferFormat => TransferFormat.Binary;

        public bool IsVersionSupported(int version) => _messagePack.IsVersionSupported(version);

        public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message) =>
            _messagePack.TryParseMessage(ref input, binder, out message);

        public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => _messagePack.WriteMessage(message, output);

        public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => _messagePack.GetMessageBytes(message);
    }
}
