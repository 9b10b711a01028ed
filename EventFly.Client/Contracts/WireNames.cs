using System.Text.Json;

namespace EventFly.Client.Contracts;

/// <summary>Enums as the API writes them: the snake_case name (<see cref="WireEnumConverter{TEnum}"/>), also in query strings.</summary>
public static class WireNames
{
    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    /// <summary>The wire name as words, for display: <c>checked in</c>.</summary>
    public static string Label<TEnum>(TEnum value) where TEnum : struct, Enum => Name(value).Replace('_', ' ');

    public static IEnumerable<string> Names(Type enumType) => Enum.GetNames(enumType).Select(JsonNamingPolicy.SnakeCaseLower.ConvertName);

    public static bool TryParse<TEnum>(string? name, out TEnum value) where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (Name(candidate) != name) continue;
            value = candidate;
            return true;
        }
        value = default;
        return false;
    }
}
