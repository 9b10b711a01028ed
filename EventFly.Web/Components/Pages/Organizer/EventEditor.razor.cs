using System.Net.Http;
using EventFly.Client.Components;
using EventFly.Client.Contracts;
using EventFly.Client;
using EventFly.Domain.Common;
using EventFly.Domain.Organizations;
using EventFly.Services.Common;
using EventFly.Services.Events.Contracts;
using EventFly.Services.Organizations.Contracts;
using EventFly.Services.Ticketing.Contracts;
using EventState = EventFly.Services.Events.Contracts.EventState;
using EventFly.Web.Components.Organizer;
using EventFly.Web.Components;
using EventFly.Web.Endpoints;
using EventFly.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;
using static Microsoft.AspNetCore.Components.Web.RenderMode;

namespace EventFly.Web.Components.Pages.Organizer;

public partial class EventEditor
{
    [Inject(Key = PerCallScope.Key)] private IEventService EventsService { get; set; } = default!;
    [Inject(Key = PerCallScope.Key)] private ITicketCatalog Catalog { get; set; } = default!;

    private static readonly string[] TimeZones =
    [
        "Europe/Berlin", "Europe/Amsterdam", "Europe/London", "Europe/Madrid", "Europe/Paris", "Europe/Rome", "Europe/Vienna", "Europe/Warsaw",
        "Europe/Zurich", "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "Asia/Singapore", "Asia/Tokyo",
        "Australia/Sydney", "UTC",
    ];

    private MudFileUpload<IBrowserFile>? _upload;
    private EventRequest _model = new() { TimeZone = "Europe/Berlin", Category = "music" };
    private VenueDto _venue = new();
    private EditContext _context = default!;
    private DateTime? _localStart;
    private DateTime? _localEnd;
    private string? _tags;
    private EventState? _status;
    private string? _imageUrl;
    private Guid _organizationId;
    private bool _loaded;
    private bool _allowed;
    private bool _saving;
    private bool _readOnly;

    [Parameter] public Guid? OrgId { get; set; }

    [Parameter] public Guid? EventId { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        _loaded = false;
        if (EventId is { } id)
        {
            if (await FindEventAsync(id) is not { } grant) { _loaded = true; return; }
            _organizationId = grant.OrganizationId;
            _allowed = grant.Has(Permissions.EventsManage);
            if (_allowed) Fill(await EventsService.GetAsync(await ActorAsync(), id, default));
        }
        else
        {
            _organizationId = OrgId!.Value;
            _allowed = await HasAsync(_organizationId, Permissions.EventsManage);
            var start = DateTime.Today.AddDays(14).AddHours(19);
            (_localStart, _localEnd) = (start, start.AddHours(3));
        }
        _context = new EditContext(_model);
        _loaded = true;
    }

    private void Fill(EventView e)
    {
        var zone = Zone(e.TimeZone);
        _model = new EventRequest
        {
            Name = e.Name, Description = e.DescriptionMarkdown, Category = e.Category, Tags = [.. e.Tags], TimeZone = e.TimeZone,
            Online = e.IsOnline && e.Venue is null, OnlineUrl = e.OnlineUrl, Visibility = e.Visibility.ToString().ToLowerInvariant(),
        };
        _venue = e.Venue is { } v ? new VenueDto { Name = v.Name, Address = v.Address, City = v.City, Latitude = v.Latitude, Longitude = v.Longitude } : new VenueDto();
        _localStart = TimeZoneInfo.ConvertTime(e.StartsAt, zone).DateTime;
        _localEnd = TimeZoneInfo.ConvertTime(e.EndsAt, zone).DateTime;
        _tags = string.Join(", ", e.Tags);
        _status = e.Status;
        _imageUrl = EventFly.Web.Endpoints.EventMapping.ImageUrl(e.CoverImage);
        _readOnly = e.Status == EventState.Cancelled;
    }

    private async Task SaveAsync()
    {
        // The form edits local times in the chosen zone; the request carries instants.
        var zone = Zone(_model.TimeZone);
        _model.StartsAt = _localStart is { } s ? new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(s, DateTimeKind.Unspecified), zone)) : null;
        _model.EndsAt = _localEnd is { } e ? new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(e, DateTimeKind.Unspecified), zone)) : null;
        _model.Tags = [.. (_tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        _model.Venue = _model.Online ? null : _venue;
        var venueValid = _model.Online || Validate(_venue);
        if (!_context.Validate() || !venueValid) return;

        _saving = true;
        EventView? saved = null;
        var details = EventFly.Web.Endpoints.EventMapping.ToDetails(_model);
        var ok = await TryAsync(async () =>
            saved = EventId is { } id
                ? await EventsService.UpdateAsync(await ActorAsync(), id, details, default)
                : await EventsService.CreateAsync(await ActorAsync(), _organizationId, details, default),
            EventId is null ? "Draft created." : "Changes saved.");
        _saving = false;
        if (!ok) return;
        if (EventId is null) Navigation.NavigateTo($"/organizer/events/{saved!.Id}/edit");
        else Fill(saved!);
    }

    private bool Validate(VenueDto venue)
    {
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        if (System.ComponentModel.DataAnnotations.Validator.TryValidateObject(venue, new(venue), results, validateAllProperties: true)) return true;
        foreach (var result in results) Snackbar.Add($"Venue: {result.ErrorMessage}", Severity.Warning);
        return false;
    }

    private async Task PublishAsync()
    {
        if (!await PublishPrompt.ConfirmAsync(Dialogs, Catalog, await ActorAsync(), EventId!.Value, _model.Name, _model.Visibility == "public")) return;
        if (await TryAsync(async () => Fill(await EventsService.PublishAsync(await ActorAsync(), EventId!.Value, default)), "Published."))
            StateHasChanged();
    }

    private async Task CancelEventAsync()
    {
        if (await Dialogs.ShowMessageBoxAsync("Cancel event?", "It will be shown as cancelled. This cannot be undone.", yesText: "Cancel event", cancelText: "Keep it") != true) return;
        await TryAsync(async () => Fill(await EventsService.CancelAsync(await ActorAsync(), EventId!.Value, default)), "Event cancelled.");
    }

    private async Task UploadAsync(IBrowserFile? file)
    {
        if (file is null) return;
        if (file.Size > EventFly.Services.Files.ImageFormats.MaxBytes)
        {
            Snackbar.Add("The image is larger than 5 MB.", Severity.Error);
            return;
        }
        using var buffer = new MemoryStream();
        await using (var stream = file.OpenReadStream(EventFly.Services.Files.ImageFormats.MaxBytes)) await stream.CopyToAsync(buffer);
        await TryAsync(async () => Fill(await EventsService.SetCoverImageAsync(await ActorAsync(), EventId!.Value, buffer.ToArray(), default)), "Cover image saved.");
    }

    private static TimeZoneInfo Zone(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
