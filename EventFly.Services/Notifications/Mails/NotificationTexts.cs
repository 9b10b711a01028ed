using System.Globalization;
using System.Resources;

namespace EventFly.Services.Notifications.Mails;

/// <summary>Names the texts of Notifications' mails and in-app entries (NotificationTexts.resx, NotificationTexts.de.resx).</summary>
public sealed class NotificationTexts
{
    private static readonly ResourceManager Resources = new(typeof(NotificationTexts));

    /// <summary>An in-app text in the recipient's language (the mails use the localizer inside the renderer instead).</summary>
    internal static string Format(string name, string language, params object[] arguments)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        return string.Format(culture, Resources.GetString(name, culture) ?? name, arguments);
    }
}
