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
            Secondary = "#FF6B4A",
            Tertiary = "#12A594",
            AppbarBackground = "#5B3CC4",
            Background = "#F7F6FB",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#9D86F2",
            Secondary = "#FF8A70",
            Tertiary = "#3DD6C3",
            AppbarBackground = "#1E1A2E",
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "10px" },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Inter", "Segoe UI", "Roboto", "Helvetica", "Arial", "sans-serif"] },
        },
    };
}
