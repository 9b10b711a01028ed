using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace EventFly.Client.Contracts;

/// <summary>The date range of the analytics routes: UTC days, both included; open ends reach the first or latest day with data.</summary>
public sealed class AnalyticsQuery : IValidatableObject
{
    /// <summary>Three years.</summary>
    public const int MaxDays = 3 * 366;

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (From is not { } from || To is not { } to) yield break;
        if (to < from) yield return new ValidationResult("'to' is before 'from'.", [nameof(To)]);
        else if (to.DayNumber - from.DayNumber + 1 > MaxDays) yield return new ValidationResult("Choose at most three years.", [nameof(To)]);
    }
}

/// <summary>The query of the export routes: <c>csv</c> or <c>xlsx</c>.</summary>
public sealed class AnalyticsExportQuery : IValidatableObject
{
    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public string? Format { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        new AnalyticsQuery { From = From, To = To }.Validate(validationContext);
}

/// <summary>What the participant app reports from an event's pages: <c>page_view</c> or <c>checkout_started</c>.</summary>
public sealed class TrafficRequest
{
    [Required]
    public TrafficKind? Kind { get; set; }
}

[JsonConverter(typeof(WireEnumConverter<TrafficKind>))]
public enum TrafficKind
{
    PageView,
    CheckoutStarted,
}
