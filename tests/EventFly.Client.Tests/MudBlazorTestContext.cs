using Bunit;
using MudBlazor;
using MudBlazor.Services;

namespace EventFly.Client.Tests;

/// <summary>A bUnit context with MudBlazor's services and a popover provider, as the app's layout has.</summary>
public abstract class MudBlazorTestContext : BunitContext
{
    protected MudBlazorTestContext()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        Render<MudPopoverProvider>();
    }
}
