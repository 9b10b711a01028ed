namespace EventFly.Client.Components.Charts;

/// <summary>
/// Series colours from the theme's palette as CSS variables, so a chart follows light and dark mode (MudBlazor's
/// default chart palette is fixed hex colours, some unreadable on one of the two backgrounds).
/// </summary>
public static class ChartPalette
{
    public static string[] Colors { get; } =
    [
        "var(--mud-palette-primary)",
        "var(--mud-palette-secondary)",
        "var(--mud-palette-tertiary)",
        "var(--mud-palette-info)",
        "var(--mud-palette-warning)",
        "var(--mud-palette-success)",
        "var(--mud-palette-error)",
    ];
}
