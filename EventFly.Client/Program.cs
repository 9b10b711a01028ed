using EventFly.Client;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;

var builder = WebAssemblyHostBuilder.CreateDefault(args);

builder.Services.AddAuthorizationCore();
builder.Services.AddCascadingAuthenticationState();
builder.Services.AddAuthenticationStateDeserialization();
builder.Services.AddEventFlyUi();
builder.Services.AddEventFlyHttpApi(new Uri(builder.HostEnvironment.BaseAddress));

await builder.Build().RunAsync();
