using StackExchange.Redis;

namespace EventFly.Web.Live;

/// <summary>Makes the hub backplane's Redis connection and tells when it is restored after an outage.</summary>
internal sealed class BackplaneConnection
{
    public event Action? Restored;

    public Func<TextWriter, Task<IConnectionMultiplexer>> Factory(ConfigurationOptions configuration) => async log =>
    {
        var connection = await ConnectionMultiplexer.ConnectAsync(configuration, log);
        connection.ConnectionRestored += (_, _) => Restored?.Invoke();
        return connection;
    };
}
