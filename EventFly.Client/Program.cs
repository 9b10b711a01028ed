using EventFly.Client;
using EventFly.Client.Localization;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;
using Microsoft.JSInterop;

var builder = WebAssemblyHostBuilder.CreateDefault(args);

builder.Services.AddAuthorizationCore();
builder.Services.AddCascadingAuthenticationState();
builder.Services.AddAuthenticationStateDeserialization();
builder.Services.AddEventFlyUi();
builder.Services.AddEventFlyHttpApi(new Uri(builder.HostEnvironment.BaseAddress));

var host = builder.Build();
// The runtime already starts in <html lang> (js/start-blazor.js); this makes it every thread's default before the
// first render, so the first WebAssembly render matches the prerendered page.
AppLanguages.Apply(await host.Services.GetRequiredService<IJSRuntime>().InvokeAsync<string?>("document.documentElement.getAttribute", "lang"));
await host.RunAsync();
