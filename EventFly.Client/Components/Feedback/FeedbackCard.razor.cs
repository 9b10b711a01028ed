using EventFly.Client.Contracts;
using Microsoft.AspNetCore.Components;

namespace EventFly.Client.Components.Feedback;

/// <summary>
/// "Rate this event" for a ticket holder: the form while the window is open, then the given feedback with an Edit action
/// and the organizer's reply. Renders nothing for people who may not give feedback (unless <see cref="FullPage"/>).
/// </summary>
public sealed partial class FeedbackCard
{
    private MyFeedbackResponse? _mine;
    private FeedbackRequest _model = NewModel(null);
    private string? _error;
    private bool _editing;
    private bool _busy;

    [Parameter, EditorRequired] public Guid EventId { get; set; }

    /// <summary>On the feedback page of its own: explains why there is no form instead of rendering nothing.</summary>
    [Parameter] public bool FullPage { get; set; }

    /// <summary>Raised after feedback was stored (the page refreshes the public rating).</summary>
    [Parameter] public EventCallback<FeedbackResponse> Submitted { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        var result = await Api.GetMineAsync(EventId, Aborted);
        (_mine, _error) = (result.Value, result.Succeeded ? null : result.Status == 404 ? L["NotFoundShort"] : result.Error);
        _model = NewModel(_mine?.Feedback);
    }

    private void StartEdit()
    {
        _model = NewModel(_mine?.Feedback);
        _error = null;
        _editing = true;
    }

    private async Task SubmitAsync()
    {
        _busy = true;
        _error = null;
        try
        {
            var result = await Api.SubmitAsync(EventId, _model, Aborted);
            if (!result.Succeeded)
            {
                _error = result.Error;
                return;
            }
            _mine = _mine! with { Feedback = result.Value };
            _editing = false;
            await Submitted.InvokeAsync(result.Value);
        }
        finally
        {
            _busy = false;
        }
    }

    private static FeedbackRequest NewModel(FeedbackResponse? given) => new()
    {
        Rating = given?.Rating,
        Comment = given?.Comment,
        Aspects = new AspectRatingsRequest { Content = given?.Aspects.Content, Venue = given?.Aspects.Venue, Organization = given?.Aspects.Organization },
    };

    private static string Score(int? score) => score?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—";
}
