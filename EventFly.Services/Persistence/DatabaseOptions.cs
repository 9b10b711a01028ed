namespace EventFly.Services.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}

/// <summary>Bound from <c>EventFly:Database</c>; the connection string itself is <c>ConnectionStrings:EventFly</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "EventFly:Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
