using Texts = EventFly.Client.Resources.ResourceText<EventFly.Client.Resources.AccountTexts>;

namespace EventFly.Client.Resources;

/// <summary>
/// Marks AccountTexts.resx (English) and AccountTexts.de.resx for <c>IStringLocalizer&lt;AccountTexts&gt;</c>. The static
/// properties are the account forms' validation messages (<c>ErrorMessageResourceName</c>): attributes cannot ask a
/// localizer, so they read the same texts in the current UI language. The <c>{1}</c>/<c>{2}</c> in some are the attribute's
/// lengths, filled in by the attribute.
/// </summary>
public sealed class AccountTexts
{
    public static string AtLeast8Characters => Texts.Get(nameof(AtLeast8Characters));

    public static string PasswordsDiffer => Texts.Get(nameof(PasswordsDiffer));

    public static string EnterTheCode => Texts.Get(nameof(EnterTheCode));

    public static string EnterPasswordToConfirm => Texts.Get(nameof(EnterPasswordToConfirm));

    public static string LatitudeRange => Texts.Get(nameof(LatitudeRange));

    public static string LongitudeRange => Texts.Get(nameof(LongitudeRange));

    public static string BothCoordinatesOrNeither => Texts.Get(nameof(BothCoordinatesOrNeither));

    public static string EmailRequired => Texts.Get(nameof(EmailRequired));

    public static string EmailInvalid => Texts.Get(nameof(EmailInvalid));

    public static string PasswordRequired => Texts.Get(nameof(PasswordRequired));

    public static string NewPasswordRequired => Texts.Get(nameof(NewPasswordRequired));

    public static string ConfirmPasswordRequired => Texts.Get(nameof(ConfirmPasswordRequired));

    public static string DisplayNameTooLong => Texts.Get(nameof(DisplayNameTooLong));

    public static string CityTooLong => Texts.Get(nameof(CityTooLong));

    public static string RoleNameRequired => Texts.Get(nameof(RoleNameRequired));

    public static string RoleNameLength => Texts.Get(nameof(RoleNameLength));

    /// <summary>"At most 20 interests."</summary>
    public static string AtMostInterests(int max) => Texts.Format(nameof(AtMostInterests), max);

    /// <summary>"An interest has at most 40 characters."</summary>
    public static string InterestTooLong(int max) => Texts.Format(nameof(InterestTooLong), max);
}
