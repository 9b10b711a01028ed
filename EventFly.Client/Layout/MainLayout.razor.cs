using MudBlazor;

namespace EventFly.Client.Layout;

public partial class MainLayout
{
    private MudThemeProvider? _themeProvider;
    private ReadinessMarker? _readiness;
    private bool _isDarkMode;
    private bool _drawerOpen = true;

    /// <summary>
    /// After the first interactive render: apply the system's dark mode, then show the readiness marker. The marker
    /// comes last so that nothing the layout does on its first render (a dark mode answer arriving later would undo a
    /// click on the toggle, and re-rendering the page gives its handlers new ids) happens after it is shown.
    /// </summary>
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender || !RendererInfo.IsInteractive) return;
        if (_themeProvider is not null)
        {
            var dark = await _themeProvider.GetSystemDarkModeAsync();
            if (dark != _isDarkMode)
            {
                _isDarkMode = dark;
                StateHasChanged();
            }
        }
        _readiness?.Show();
    }

    private void ToggleDrawer() => _drawerOpen = !_drawerOpen;

    private void ToggleDarkMode() => _isDarkMode = !_isDarkMode;
}
