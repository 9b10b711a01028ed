using MudBlazor;

namespace EventFly.Client.Layout;

/// <summary>The one theme of every EventFly page, light and dark.</summary>
public static class EventFlyTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#5B3CC4",
            // Darker than the brand's coral and teal, so white text on them (buttons, chips) reaches 4.5:1.
            Secondary = "#C2410C",
            Tertiary = "#0F766E",
            Error = "#C62828",
            Info = "#1565C0",
            Success = "#2E7D32",
            TextSecondary = "rgba(0,0,0,0.68)",
            AppbarBackground = "#5B3CC4",
            Background = "#F7F6FB",
        },
        PaletteDark = new PaletteDark
        {
            // Light colours on the dark surfaces take dark text on top of them (4.5:1 either way).
            Primary = "#B5A4F6",
            PrimaryContrastText = "#1E1A2E",
            Secondary = "#FF8A70",
            SecondaryContrastText = "#1E1A2E",
            Tertiary = "#3DD6C3",
            TertiaryContrastText = "#1E1A2E",
            Error = "#FF8A80",
            ErrorContrastText = "#1E1A2E",
            Info = "#64B5F6",
            InfoContrastText = "#1E1A2E",
            Success = "#69DB8F",
            SuccessContrastText = "#1E1A2E",
            TextSecondary = "rgba(255,255,255,0.74)",
            AppbarBackground = "#1E1A2E",
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "10px" },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Inter", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"] },
        },
    };
}
