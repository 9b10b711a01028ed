using System.Globalization;
using System.Resources;
using System.Text;

namespace EventFly.Client.Resources;

/// <summary>
/// Marks AccountTexts.resx (English) and AccountTexts.de.resx for <c>IStringLocalizer&lt;AccountTexts&gt;</c>. The static
/// properties are the account forms' validation messages (<c>ErrorMessageResourceName</c>): attributes cannot ask a
/// localizer, so they read the same texts in the current UI language.
/// </summary>
public sealed class AccountTexts
{
    private static readonly ResourceManager Texts = new(typeof(AccountTexts));

    public static string AtLeast8Characters => Text(nameof(AtLeast8Characters));

    public static string PasswordsDiffer => Text(nameof(PasswordsDiffer));

    public static string EnterTheCode => Text(nameof(EnterTheCode));

    public static string EnterPasswordToConfirm => Text(nameof(EnterPasswordToConfirm));

    public static string LatitudeRange => Text(nameof(LatitudeRange));

    public static string LongitudeRange => Text(nameof(LongitudeRange));

    public static string BothCoordinatesOrNeither => Text(nameof(BothCoordinatesOrNeither));

    /// <summary>"At most 20 interests."</summary>
    public static string AtMostInterests(int max) => Format(nameof(AtMostInterests), max);

    /// <summary>"An interest has at most 40 characters."</summary>
    public static string InterestTooLong(int max) => Format(nameof(InterestTooLong), max);

    private static string Format(string name, int value) =>
        string.Format(CultureInfo.CurrentCulture, CompositeFormat.Parse(Text(name)), value);

    private static string Text(string name) => Texts.GetString(name, CultureInfo.CurrentUICulture) ?? name;
}
