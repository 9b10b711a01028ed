namespace EventFly.Services;

/// <summary>Bound from the <c>EventFly</c> configuration section.</summary>
public sealed class EventFlyOptions
{
    public const string Section = "EventFly";

    /// <summary>Create demo accounts (and, as contexts arrive, their demo data) on first start.</summary>
    public bool DemoData { get; set; }

    /// <summary>Folder for the SQLite file, uploads and the mail pickup folder; relative to the content root.</summary>
    public string DataPath { get; set; } = "App_Data";

    public AdminOptions Admin { get; set; } = new();
}

/// <summary>A platform admin ensured at every start when both are given.</summary>
public sealed class AdminOptions
{
    public string? Email { get; set; }

    public string? Password { get; set; }
}
