using EventFly.Client.Contracts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace EventFly.Client.Components;

/// <summary>Edits a <see cref="ProfileDto"/>; validates as the user types and shows the server's field errors.</summary>
public partial class ProfileForm
{
    private string? _newInterest;

    [Parameter, EditorRequired] public ProfileDto Model { get; set; } = new();

    [Parameter] public EventCallback<ProfileDto> OnSave { get; set; }

    [Parameter] public bool Busy { get; set; }

    /// <summary>False until the page is interactive, so a click is never lost.</summary>
    [Parameter] public bool Enabled { get; set; } = true;

    /// <summary>Field errors from the last save, keyed by property name (any casing).</summary>
    [Parameter] public IReadOnlyDictionary<string, string[]>? ServerErrors { get; set; }

    private string InterestsHelp => L["InterestsHelp", Model.Interests.Count, ProfileDto.MaxInterests];

    private Task SubmitAsync() => OnSave.InvokeAsync(Model);

    private void AddInterest()
    {
        var interest = _newInterest?.Trim().ToLowerInvariant();
        if (!string.IsNullOrEmpty(interest) && !Model.Interests.Contains(interest) && Model.Interests.Count < ProfileDto.MaxInterests)
            Model.Interests.Add(interest);
        _newInterest = null;
    }

    private void OnInterestKeyDown(KeyboardEventArgs e)
    {
        if (e.Key == "Enter") AddInterest();
    }

    private void RemoveInterest(MudChip<string> chip)
    {
        if (chip.Value is not null) Model.Interests.Remove(chip.Value);
    }

    private bool HasServerError(string field) => ServerError(field) is not null;

    private string? ServerError(string field) =>
        ServerErrors?.FirstOrDefault(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
}
