using System.Globalization;
using System.Resources;
using System.Text;

namespace EventFly.Client.Resources;

/// <summary>
/// The texts of one area's .resx pair in the current UI language, for the marker classes' static properties:
/// validation attributes (<c>ErrorMessageResourceName</c>) and static helpers cannot ask a localizer.
/// </summary>
internal static class ResourceText<TArea>
{
    private static readonly ResourceManager Texts = new(typeof(TArea));

    /// <summary>The text named <paramref name="name"/>, English when German lacks it, the name when both do.</summary>
    public static string Get(string name) => Texts.GetString(name, CultureInfo.CurrentUICulture) ?? name;

    /// <summary>The text named <paramref name="name"/> with <paramref name="value"/> in its <c>{0}</c>.</summary>
    public static string Format(string name, int value) =>
        string.Format(CultureInfo.CurrentCulture, CompositeFormat.Parse(Get(name)), value);
}
