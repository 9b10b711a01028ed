using EventFly.Services.Analytics.Contracts;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EventFly.Web.Components.Analytics;

public sealed partial class AnalyticsRangeFilter
{
    private DateRange? _picked;

    [Inject] private TimeProvider Time { get; set; } = default!;

    [Parameter] public AnalyticsRange Range { get; set; } = AnalyticsRange.All;

    [Parameter] public EventCallback<AnalyticsRange> RangeChanged { get; set; }

    [Parameter] public bool Disabled { get; set; }

    private DateOnly Today => DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);

    protected override void OnParametersSet() =>
        _picked = Range.From is null && Range.To is null ? null
            : new DateRange(Range.From?.ToDateTime(TimeOnly.MinValue), Range.To?.ToDateTime(TimeOnly.MinValue));

    private Task PickAsync(DateRange? picked)
    {
        _picked = picked;
        // The picker's days are calendar days; read as UTC days, as the read models count them.
        var range = new AnalyticsRange(picked?.Start is { } start ? DateOnly.FromDateTime(start) : null, picked?.End is { } end ? DateOnly.FromDateTime(end) : null);
        return ChangeAsync(range);
    }

    private Task LastAsync(int days) => ChangeAsync(new AnalyticsRange(Today.AddDays(1 - days), Today));

    private Task AllAsync() => ChangeAsync(AnalyticsRange.All);

    private bool IsLast(int days) => Range.To == Today && Range.From == Today.AddDays(1 - days);

    private static string Pressed(bool pressed) => pressed ? "true" : "false";

    private Task ChangeAsync(AnalyticsRange range)
    {
        if (range == Range) return Task.CompletedTask;
        Range = range;
        return RangeChanged.InvokeAsync(range);
    }
}
