using EventFly.Client.Components;
using EventFly.Services.Engagement.Contracts;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EventFly.Web.Components.Organizer.Live;

public sealed partial class PollCard
{
    [Parameter, EditorRequired] public PollView Poll { get; set; } = null!;

    [Parameter] public bool CanModerate { get; set; }

    [Parameter] public string TimeZone { get; set; } = "UTC";

    [Parameter] public EventCallback<PollView> OnOpen { get; set; }

    [Parameter] public EventCallback<PollView> OnClose { get; set; }

    /// <summary>People who voted (ballots): the base of the shares.</summary>
    private int Total => Poll.TotalVotes ?? 0;

    private int Leading => Poll.Options.Count == 0 ? 0 : Poll.Options.Max(o => o.Votes ?? 0);

    private string StateLabel => Poll.Status switch
    {
        PollState.Draft => "draft",
        PollState.Open => "open",
        PollState.Closed => "closed",
    };

    private Color StateColor => Poll.Status switch
    {
        PollState.Draft => Color.Warning,
        PollState.Open => Color.Success,
        PollState.Closed => Color.Default,
    };

    private int Percent(int votes) => Total == 0 ? 0 : (int)Math.Round(100.0 * votes / Total);

    private string Local(DateTimeOffset instant) =>
        EventTime.Local(instant, TimeZone).ToString("ddd d MMM HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
