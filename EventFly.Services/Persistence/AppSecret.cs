namespace EventFly.Services.Persistence;

/// <summary>A server key every container shares (e.g. the ticket-code HMAC key), created at random by a migration.</summary>
internal sealed class AppSecret
{
    private AppSecret()
    {
        Name = "";
        Value = [];
    }

    public string Name { get; private set; }

    public byte[] Value { get; private set; }
}
