using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace EventFly.Client.Localization;

/// <summary>
/// Localizers over the .resx beside each marker type (<c>Resources/Layout.resx</c> for <c>Resources.Layout</c>): a key
/// missing in the current language falls back to English and is logged once per language and key.
/// </summary>
public sealed class FallbackStringLocalizerFactory(ILoggerFactory loggerFactory) : IStringLocalizerFactory
{
    private readonly ConcurrentDictionary<string, FallbackStringLocalizer> _localizers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _warned = new(StringComparer.Ordinal);
    private readonly ILogger _logger = loggerFactory.CreateLogger("EventFly.Localization");

    public IStringLocalizer Create(Type resourceSource)
    {
        ArgumentNullException.ThrowIfNull(resourceSource);
        return Create(resourceSource.FullName!, resourceSource.Assembly);
    }

    public IStringLocalizer Create(string baseName, string location) => Create(baseName, Assembly.Load(new AssemblyName(location)));

    private FallbackStringLocalizer Create(string baseName, Assembly assembly) =>
        _localizers.GetOrAdd(baseName, name => Create(name, new System.Resources.ResourceManager(name, assembly)));

    /// <summary>A localizer over any resource manager (tests give one with a German text missing).</summary>
    internal FallbackStringLocalizer Create(string baseName, System.Resources.ResourceManager resources) => new(resources, baseName, Warn);

    /// <summary>Logs a missing key the first time this language, resource and key meet.</summary>
    private void Warn(string language, string baseName, string key)
    {
        if (_warned.TryAdd($"{language}|{baseName}|{key}", 0))
            LogMissing(_logger, key, baseName, language, null);
    }

    private static readonly Action<ILogger, string, string, string, Exception?> LogMissing = LoggerMessage.Define<string, string, string>(
        LogLevel.Warning, new EventId(1, "MissingTranslation"), "Missing translation {Key} in {Resource} for language {Language}: showing English");
}
