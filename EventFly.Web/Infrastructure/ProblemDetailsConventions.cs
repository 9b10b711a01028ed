using System.Text.Json;

namespace EventFly.Web.Infrastructure;

internal static class ProblemDetailsConventions
{
    /// <summary>Field errors are keyed the way the JSON names the fields (camelCase, "items[0].quantity").</summary>
    public static void Apply(ProblemDetailsContext context)
    {
        if (context.ProblemDetails is not HttpValidationProblemDetails validation) return;
        var camel = validation.Errors.ToDictionary(e => CamelCasePath(e.Key), e => e.Value, StringComparer.Ordinal);
        validation.Errors.Clear();
        foreach (var (key, messages) in camel)
            validation.Errors[key] = messages;
    }

    private static string CamelCasePath(string key) =>
        string.Join('.', key.Split('.').Select(part => JsonNamingPolicy.CamelCase.ConvertName(part)));
}
