using Bunit;
using EventFly.Client;
using MudBlazor;
using MudBlazor.Services;

namespace EventFly.Client.Tests;

/// <summary>A bUnit context with MudBlazor's services and a popover provider, as the app's layout has.</summary>
public abstract class MudBlazorTestContext : BunitContext
{
    protected MudBlazorTestContext()
        : this(_ => { })
    {
    }

    /// <param name="configure">Registers the test's own services (and authorization) before anything renders.</param>
    protected MudBlazorTestContext(Action<MudBlazorTestContext> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.AddMudServices();
        Services.AddEventFlyLocalization();
        configure(this);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Render<MudPopoverProvider>();
    }
}
