namespace EventFly.Services;

/// <summary>Bound from the <c>EventFly</c> configuration section.</summary>
public sealed class EventFlyOptions
{
    public const string Section = "EventFly";

    /// <summary>Create demo accounts (and, as contexts arrive, their demo data) on first start.</summary>
    public bool DemoData { get; set; }

    /// <summary>Folder for the SQLite file, uploads and the mail pickup folder; relative to the content root.</summary>
    public string DataPath { get; set; } = "App_Data";

    /// <summary>Where participants reach the app, for links in e-mails sent outside a request (e.g. waitlist offers).</summary>
    public Uri PublicUrl { get; set; } = new("http://localhost:5080");

    public AdminOptions Admin { get; set; } = new();

    /// <summary>Bound from <c>EventFly:Identity</c>.</summary>
    public AccountRules Identity { get; set; } = new();

    /// <summary>
    /// The package new organizations start on (<c>free</c>, <c>pro</c> or <c>business</c>). Self-hosters who sell no
    /// subscriptions set <c>business</c>; paid packages granted this way have no gateway subscription behind them.
    /// </summary>
    public string DefaultPackage { get; set; } = "free";
}

/// <summary>A platform admin ensured at every start when both are given.</summary>
public sealed class AdminOptions
{
    public string? Email { get; set; }

    public string? Password { get; set; }
}

/// <summary>What an account must have done before it may do certain things.</summary>
public sealed class AccountRules
{
    /// <summary>
    /// Creating an organization needs a confirmed e-mail address (off by default). Participants may always browse and buy.
    /// </summary>
    public bool RequireConfirmedEmail { get; set; }
}
