using EventFly.Domain.Common;
using EventFly.Client.Contracts;
using EventFly.Domain.Events;
using EventFly.Domain.Organizations;
using EventFly.Services.Events.Contracts;
using EventFly.Web.Identity;
using EventFly.Services.Ticketing.Contracts;
using EventFly.Services.Files;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EventFly.Web.Endpoints;

internal static class EventEndpoints
{
    public const string MediaPath = "/media/";

    public static IEndpointRouteBuilder MapEventEndpoints(this IEndpointRouteBuilder app)
    {
        // Who may do what is decided by the Events context (IEventAccess): the endpoints only pass the caller on.
        app.MapPost("/api/organizations/{orgId:guid}/events", async (Guid orgId, EventRequest body, HttpContext http, IEventService events, CancellationToken ct) =>
            {
                var created = await events.CreateAsync(http.User.ToActor(), orgId, body.ToDetails(), ct);
                return TypedResults.Created($"/api/events/{created.Id}", created.ToResponse());
            })
            .RequireAuthorization().WithTags("Events");
        app.MapGet("/api/organizations/{orgId:guid}/events", async (Guid orgId, HttpContext http, IEventService events, CancellationToken ct) =>
            TypedResults.Ok((await events.ListForOrganizationAsync(http.User.ToActor(), orgId, ct)).Select(e => e.ToResponse())))
            .RequireAuthorization().WithTags("Events");

        var events = app.MapGroup("/api/events").WithTags("Events");
        events.MapGet("/", SearchAsync);
        var one = events.MapGroup("/{eventId:guid}");
        one.MapGet("/", async (Guid eventId, HttpContext http, IEventService service, CancellationToken ct) =>
            TypedResults.Ok((await service.GetAsync(http.User.ToActor(), eventId, ct)).ToResponse()));
        one.MapGet("/calendar.ics", async (Guid eventId, HttpContext http, IEventService service, CancellationToken ct) =>
            TypedResults.Text(await service.GetCalendarAsync(http.User.ToActor(), eventId, $"{http.Request.Scheme}://{http.Request.Host}/events/{eventId}", ct),
                "text/calendar; charset=utf-8"));
        one.MapPut("/", async (Guid eventId, EventRequest body, HttpContext http, IEventService service, CancellationToken ct) =>
            TypedResults.Ok((await service.UpdateAsync(http.User.ToActor(), eventId, body.ToDetails(), ct)).ToResponse()))
            .RequireAuthorization();
        one.MapPost("/publish", async (Guid eventId, HttpContext http, IEventService service, CancellationToken ct) =>
            TypedResults.Ok((await service.PublishAsync(http.User.ToActor(), eventId, ct)).ToResponse()))
            .RequireAuthorization();
        one.MapPost("/cancel", async (Guid eventId, HttpContext http, IEventService service, CancellationToken ct) =>
            TypedResults.Ok((await service.CancelAsync(http.User.ToActor(), eventId, ct)).ToResponse()))
            .RequireAuthorization();
        one.MapPost("/duplicate", async (Guid eventId, HttpContext http, IEventService service, CancellationToken ct) =>
            {
                var copy = await service.DuplicateAsync(http.User.ToActor(), eventId, ct);
                return TypedResults.Created($"/api/events/{copy.Id}", copy.ToResponse());
            })
            .RequireAuthorization();
        one.MapPut("/image", UploadImageAsync)
            .RequireAuthorization()
            // Bearer clients send no antiforgery token; the cookie is SameSite=Lax, so cross-site uploads carry no sign-in.
            .DisableAntiforgery();

        app.MapGet(MediaPath + "{**path}", (string path, IFileStore files, HttpContext http) =>
        {
            if (files.Locate(path) is not { } file) return Results.NotFound();
            // Files are named by their content hash: cache them for a year.
            http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.File(file, ImageFormats.ContentType(Path.GetExtension(file)));
        });
        return app;
    }

    private static async Task<Ok<PagedResponse<EventSearchItem>>> SearchAsync(
        [AsParameters] EventSearchQuery query, IEventService events, ITicketCatalog tickets, CancellationToken ct) =>
        TypedResults.Ok(await EventMapping.SearchAsync(events, tickets, query, ct));

    private static async Task<Results<Ok<EventResponse>, ValidationProblem>> UploadImageAsync(
        Guid eventId, IFormFile? file, HttpContext http, IEventService service, CancellationToken ct)
    {
        if (file is null || file.Length == 0) return Invalid("Attach an image file (form field 'file').");
        if (file.Length > ImageFormats.MaxBytes) return Invalid("The image is larger than 5 MB.");
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        if (ImageFormats.Detect(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)) is null) return Invalid("Upload a JPEG, PNG or WebP image.");
        return TypedResults.Ok((await service.SetCoverImageAsync(http.User.ToActor(), eventId, buffer.GetBuffer().AsMemory(0, (int)buffer.Length), ct)).ToResponse());

        static ValidationProblem Invalid(string message) => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [message] });
    }
}
