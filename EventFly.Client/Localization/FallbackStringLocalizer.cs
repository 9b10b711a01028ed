using System.Collections;
using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;

namespace EventFly.Client.Localization;

/// <summary>One resource's texts in the current UI culture, English (the neutral resource) where a translation is missing.</summary>
internal sealed class FallbackStringLocalizer(ResourceManager resources, string baseName, Action<string, string, string> warn) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            var value = Find(name, out var missing);
            return new LocalizedString(name, value ?? name, resourceNotFound: missing, searchedLocation: baseName);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var text = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, text.Value, arguments), text.ResourceNotFound, baseName);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
    {
        var set = resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false);
        if (set is null) yield break;
        foreach (DictionaryEntry entry in set)
            yield return this[(string)entry.Key];
    }

    private string? Find(string name, out bool missing)
    {
        missing = false;
        var language = AppLanguages.Match(CultureInfo.CurrentUICulture.Name) ?? AppLanguages.English;
        if (language != AppLanguages.English)
        {
            var translated = resources.GetResourceSet(CultureInfo.GetCultureInfo(language), createIfNotExists: true, tryParents: false)?.GetString(name);
            if (translated is not null) return translated;
            warn(language, baseName, name);
        }
        var english = resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)?.GetString(name);
        if (english is null)
        {
            missing = true;
            warn(AppLanguages.English, baseName, name);
        }
        return english;
    }
}
