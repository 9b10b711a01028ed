namespace EventFly.Services.Mail;

public enum MailMode
{
    Pickup,
    Smtp,
}

/// <summary>Bound from <c>EventFly:Mail</c>.</summary>
public sealed class MailOptions
{
    public const string Section = "EventFly:Mail";

    public MailMode Mode { get; set; } = MailMode.Pickup;

    public string From { get; set; } = "EventFly <no-reply@eventfly.local>";

    /// <summary>Where .eml files are written in Pickup mode; relative paths are under the data folder. Default: mail.</summary>
    public string PickupPath { get; set; } = "mail";

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }

    /// <summary>STARTTLS when the server offers it (port 587); implicit TLS on port 465.</summary>
    public bool SmtpUseTls { get; set; } = true;
}
