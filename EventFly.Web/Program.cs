using EventFly.Client;
using EventFly.Client.Api;
using EventFly.Services.Analytics.Contracts;
using EventFly.Services.Notifications.Contracts;
using EventFly.Services;
using EventFly.Services.Engagement.Contracts;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Feedback.Contracts;
using EventFly.Services.Organizations.Contracts;
using EventFly.Services.Payments.Contracts;
using EventFly.Services.Persistence;
using EventFly.Services.Recommendations.Contracts;
using EventFly.Services.Ticketing.Contracts;
using EventFly.Web.Components;
using Microsoft.AspNetCore.Authorization;
using EventFly.Web.Endpoints;
using EventFly.Web.Identity;
using EventFly.Web.Prerendering;
using EventFly.Web.Infrastructure;
using EventFly.Web.Live;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppFiles.ContentRoot(args) });
var role = builder.Configuration.GetValue("EventFly:Role", HostRole.All);
var serves = role != HostRole.Worker;

builder.Services.AddSingleton(TimeProvider.System);
// Outside Development the sandbox gateway (free "payments") must be switched on deliberately: a production host
// without a Stripe key refuses paid orders instead of giving tickets away.
if (!builder.Environment.IsDevelopment()) builder.Configuration["EventFly:Payments:Sandbox"] ??= "false";
builder.Services.AddEventFlyServices(builder.Configuration, builder.Environment.ContentRootPath, backgroundJobs: role != HostRole.Web);
builder.Services.AddEventFlyObservability(builder.Configuration, role.ToString().ToLowerInvariant());
builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemDetailsConventions.Apply);
builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
builder.Services.AddValidation();
builder.Services.AddEventFlyIdentity();
builder.Services.AddAuthorization();
builder.Services.AddHttpContextAccessor();

builder.Services.AddEventFlyRateLimits(builder.Configuration);
builder.Services.AddEventFlyLive(builder.Configuration);
// States and other enums are snake_case words in the API's JSON, as in its DTOs (WireEnumConverter).
builder.Services.ConfigureHttpJsonOptions(options =>
    options.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.SnakeCaseLower)));

// The UI: shared components from EventFly.Client, rendered on the server (organizer, admin) or in the browser.
builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents()
    .AddInteractiveWebAssemblyComponents()
    .AddAuthenticationStateSerialization(options => options.SerializeAllClaims = true);
builder.Services.AddCascadingAuthenticationState();
// Portal components call the contexts with a scope of their own per call, not the circuit's (see PerCallScope).
builder.Services.AddPerCallScoped<IOrganizationService>().AddPerCallScoped<ITeamService>().AddPerCallScoped<IInvitationService>()
    .AddPerCallScoped<IAuditLog>().AddPerCallScoped<IOrganizationBilling>().AddPerCallScoped<IOrganizationAccess>()
    .AddPerCallScoped<IEventService>().AddPerCallScoped<IEventAccess>()
    .AddPerCallScoped<ITicketCatalog>().AddPerCallScoped<IOrderPlacement>().AddPerCallScoped<IOrderQueries>().AddPerCallScoped<IOrderLifecycle>()
    .AddPerCallScoped<ICheckInService>().AddPerCallScoped<IPaymentService>()
    .AddPerCallScoped<IFeedService>().AddPerCallScoped<IQuestionService>().AddPerCallScoped<IPollService>().AddPerCallScoped<IQuizService>()
    .AddPerCallScoped<IEngagementAccess>().AddPerCallScoped<IFeedbackService>()
    .AddPerCallScoped<INotificationInbox>().AddPerCallScoped<INotificationPreferencesService>()
    .AddPerCallScoped<IAnalyticsService>().AddPerCallScoped<IOperationsStatusReader>().AddPerCallScoped<IRecommendationTraining>();
builder.Services.AddScoped<IOperationsStatusReader, OperationsStatusReader>();
builder.Services.AddEventFlyUi();
builder.Services.AddScoped<IProfileApi, ServerProfileApi>();
builder.Services.AddScoped<IAccountApi, ServerAccountApi>();
builder.Services.AddScoped<IEventsApi, ServerEventsApi>();
builder.Services.AddScoped<ITicketsApi, ServerTicketsApi>();
builder.Services.AddScoped<IDoorApi, ServerDoorApi>();
builder.Services.AddScoped<ILiveApi, ServerLiveApi>();
builder.Services.AddScoped<IFeedbackApi, ServerFeedbackApi>();
builder.Services.AddScoped<INotificationsApi, ServerNotificationsApi>();
builder.Services.AddScoped<IRecommendationsApi, ServerRecommendationsApi>();
builder.Services.AddScoped<IPrivacyApi, ServerPrivacyApi>();
AreaRouting.ServerAssemblies = [typeof(Program).Assembly];

var app = builder.Build();

// The serving roles own the schema: they migrate (and seed) before serving; workers start against a migrated database.
if (serves)
{
    await using var scope = app.Services.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<IDatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
}

// `dotnet run --project EventFly.Web -- analytics rebuild`: recomputes the analytics read models from the source tables, then exits.
if (args is ["analytics", "rebuild", ..])
{
    await using var scope = app.Services.CreateAsyncScope();
    var report = await scope.ServiceProvider.GetRequiredService<IAnalyticsRebuild>().RebuildAsync(CancellationToken.None);
    Console.WriteLine($"Analytics rebuilt from {report.EventsReplayed} integration events in {report.Duration.TotalSeconds:0.0} s.");
    return;
}

app.UseSecurityHeaders();
app.UseExceptionHandler("/error", createScopeForErrors: true);
// A page that is not there shows the app's not-found page; an empty API error answer becomes ProblemDetails
// (inner, so it writes first and the page re-execution leaves the API answer alone).
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
// The hub's too: a SignalR client refused at negotiate must see 401, not the not-found page's answer to a POST.
app.UseWhen(http => http.Request.Path.StartsWithSegments("/api") || http.Request.Path.StartsWithSegments("/hubs"), api => api.UseStatusCodePages());
if (app.Environment.IsDevelopment())
    app.UseWebAssemblyDebugging();
else
    app.UseHsts();

app.UseAuthentication();
app.UseDeletedAccountsAsGuests();
app.UseRequestLanguage();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();

app.MapEventFlyObservability();
if (serves)
{
    app.MapStaticAssets();
    app.MapIdentityEndpoints();
    app.MapOrganizationEndpoints();
    app.MapEventEndpoints();
    app.MapTicketingEndpoints();
    app.MapSandboxCheckoutEndpoints();
    app.MapPaymentEndpoints();
    app.MapFeedEndpoints();
    app.MapPollQuizEndpoints();
    app.MapFeedbackEndpoints();
    app.MapNotificationEndpoints();
    app.MapAnalyticsEndpoints();
    app.MapRecommendationEndpoints();
    app.MapPrivacyEndpoints();
    app.MapEventFlyLive();
    app.MapRazorComponents<App>()
        .AddInteractiveServerRenderMode()
        .AddInteractiveWebAssemblyRenderMode()
        .AddAdditionalAssemblies(typeof(Routes).Assembly);
}

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
