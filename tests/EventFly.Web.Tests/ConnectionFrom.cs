using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace EventFly.Web.Tests;

/// <summary>Makes every request come from <paramref name="caller"/> to <paramref name="localPort"/>, as Kestrel would say.</summary>
internal sealed class ConnectionFrom(IPAddress caller, int localPort) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((http, nextMiddleware) =>
        {
            http.Connection.RemoteIpAddress = caller;
            http.Connection.LocalPort = localPort;
            return nextMiddleware(http);
        });
        next(app);
    };
}
