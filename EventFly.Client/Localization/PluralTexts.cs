using Microsoft.Extensions.Localization;

namespace EventFly.Client.Localization;

public static class PluralTexts
{
    /// <summary>
    /// A count in words: the text "<paramref name="stem"/>One" for one, "<paramref name="stem"/>Many" otherwise, each
    /// with the count in its <c>{0}</c> (<c>L.Plural("Votes", 3)</c> → "3 votes", "3 Stimmen"). English and German need no more forms.
    /// </summary>
    public static LocalizedString Plural(this IStringLocalizer texts, string stem, int count) =>
        texts[count == 1 ? stem + "One" : stem + "Many", count];
}
