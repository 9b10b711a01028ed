namespace EventFly.Domain.Engagement;

/// <summary>When the audience sees a poll's results (staff always do): while it runs, or once it has closed.</summary>
public enum ResultsVisibility
{
    Live,
    AfterClose,
}
