using System.ComponentModel.DataAnnotations;
using EventFly.Client.Api;
using EventFly.Client.Contracts;
using EventFly.Client.Recommendations;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace EventFly.Client.Pages;

/// <summary>
/// The step after registering: interests from chips (or typed) and a place (a known city, or the browser's location when
/// the participant asks), saved into the profile; then the home page with recommendations. Skippable.
/// </summary>
public sealed partial class Welcome
{
    private readonly List<string> _custom = [];
    private string? _newInterest;
    private KnownCity? _city;
    private (double Latitude, double Longitude)? _position;
    private bool _locating;
    private string? _locationError;
    private bool _saving;
    private string? _saveError;

    [Inject] private IProfileApi Profiles { get; set; } = default!;

    [Inject] private IGeolocation Geolocation { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    // Loaded once while prerendering and handed to the interactive renderer; saving keeps what this page does not edit.
    [PersistentState] public ProfileDto? Model { get; set; }

    [PersistentState] public string? LoadError { get; set; }

    private IReadOnlyCollection<string> Selected { get; set; } = [];

    /// <summary>The suggested interests, then the participant's own (from the profile or typed here).</summary>
    private IEnumerable<string> Choices => SuggestedInterests.All.Concat(_custom);

    private KnownCity? NearestCity => _position is { } p ? KnownCities.Nearest(p.Latitude, p.Longitude) : null;

    protected override async Task OnInitializedAsync()
    {
        if (Model is null && LoadError is null)
        {
            var result = await Profiles.GetProfileAsync(Aborted);
            if (result.Succeeded) Model = result.Value;
            else LoadError = result.Error;
        }
        if (Model is null) return;
        Selected = [.. Model.Interests];
        _custom.AddRange(Model.Interests.Where(i => !SuggestedInterests.All.Contains(i, StringComparer.OrdinalIgnoreCase)));
        _city = KnownCities.Named(Model.City);
    }

    private void AddInterest()
    {
        var interest = _newInterest?.Trim().ToLowerInvariant();
        _newInterest = null;
        if (string.IsNullOrEmpty(interest) || Selected.Count >= ProfileDto.MaxInterests) return;
        if (!Choices.Contains(interest, StringComparer.Ordinal)) _custom.Add(interest);
        if (!Selected.Contains(interest)) Selected = [.. Selected, interest];
    }

    private void OnInterestKeyDown(KeyboardEventArgs e)
    {
        if (e.Key == "Enter") AddInterest();
    }

    private static Task<IEnumerable<KnownCity>> SearchCities(string? text, CancellationToken cancellationToken) =>
        Task.FromResult(KnownCities.Search(text));

    private void ChooseCity(KnownCity? city)
    {
        _city = city;
        if (city is not null) _position = null;
    }

    private async Task UseMyLocationAsync()
    {
        _locating = true;
        _locationError = null;
        try
        {
            var answer = await Geolocation.GetPositionAsync(Aborted);
            if (answer is { Latitude: { } latitude, Longitude: { } longitude })
            {
                _position = (latitude, longitude);
                _city = null;
            }
            else
            {
                _locationError = answer.Error;
            }
        }
        finally
        {
            _locating = false;
        }
    }

    private void Skip() => Navigation.NavigateTo("/");

    private async Task SaveAsync()
    {
        if (Model is null) return;
        var profile = new ProfileDto
        {
            DisplayName = Model.DisplayName,
            Language = Model.Language,
            City = Model.City,
            Latitude = Model.Latitude,
            Longitude = Model.Longitude,
            // In the order shown, so the profile lists them as they were offered.
            Interests = [.. Choices.Where(Selected.Contains).Distinct(StringComparer.Ordinal)],
        };
        if (_city is { } city)
        {
            (profile.City, profile.Latitude, profile.Longitude) = (city.Name, city.Latitude, city.Longitude);
        }
        else if (_position is { } here)
        {
            // The city goes with the coordinates, or not at all, so the profile never says one place and means another.
            (profile.City, profile.Latitude, profile.Longitude) = (NearestCity?.Name, here.Latitude, here.Longitude);
        }

        var problems = new List<ValidationResult>();
        if (!Validator.TryValidateObject(profile, new ValidationContext(profile), problems, validateAllProperties: true))
        {
            _saveError = string.Join(" ", problems.Select(p => p.ErrorMessage));
            return;
        }

        _saving = true;
        _saveError = null;
        try
        {
            var result = await Profiles.UpdateProfileAsync(profile, Aborted);
            if (!result.Succeeded)
            {
                _saveError = result.Error ?? L["CouldNotSaveTryAgain"];
                return;
            }
            Model = result.Value ?? profile;
            Snackbar.Add(L["SavedShowingEvents"], Severity.Success);
            Navigation.NavigateTo("/");
        }
        finally
        {
            _saving = false;
        }
    }
}
