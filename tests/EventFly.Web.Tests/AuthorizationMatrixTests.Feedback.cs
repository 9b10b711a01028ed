using System.Runtime.CompilerServices;
using EventFly.Domain.Common;
using static EventFly.Web.Tests.CallerKind;

namespace EventFly.Web.Tests;

/// <summary>
/// The matrix's rows for feedback: ticket holders give it (others who see the event 403, the rest 404), staff with
/// <c>feedback.view</c> read and moderate it (another organization's feedback 404), the rating and comments are public.
/// </summary>
public sealed partial class AuthorizationMatrixTests
{
    /// <summary>One started event of organization A with the participant's feedback, shared by the rows about a feedback id.</summary>
    private static readonly ConditionalWeakTable<AuthorizationScenario, Task<Fixture>> StartedFeedback = [];

    private static IEnumerable<Row> FeedbackRows()
    {
        var viewer = EventPermission(Permissions.FeedbackView);
        var manager = EventPermission(Permissions.EventsManage);
        yield return new("GET /api/organizations/{orgId}/rating", Public);
        foreach (var on in new[] { On.Published, On.Draft, On.Unknown })
        {
            // Holders only. On event A every signed-in caller holds a ticket by now (the order rows ran before), and its window is
            // not open yet (it starts in ten days): in, then 409. On the draft its staff see the event but hold none (403).
            var holders = on == On.Published ? EventSignedIn : EventParticipant;
            Dictionary<CallerKind, string> holderOnly = on == On.Draft ? new() { [StaffWith] = "403", [StaffWithout] = "403" } : [];
            Dictionary<CallerKind, string> closed = on == On.Published ? RunOrder.Where(c => c != Anonymous).ToDictionary(c => c, _ => "409") : holderOnly;
            yield return new("GET /api/events/{eventId}/feedback/mine", holders, on) { Overrides = holderOnly };
            yield return new("POST /api/events/{eventId}/feedback", holders, on)
            {
                Body = _ => Json(new { rating = 5, comment = "Matrix feedback" }),
                Overrides = closed,
            };
            yield return new("GET /api/events/{eventId}/feedback/summary", viewer, on);
            yield return new("GET /api/events/{eventId}/feedback/settings", manager, on);
            yield return new("PUT /api/events/{eventId}/feedback/settings", manager, on) { Body = _ => Json(new { opensAt = "start" }) };
            yield return new("GET /api/events/{eventId}/feedback", EventRead, on);
            yield return new("GET /api/events/{eventId}/rating", EventRead, on);
        }

        // Feedback of organization A's event: who is not on its staff does not learn it exists.
        Dictionary<CallerKind, string> notStaff = new() { [Participant] = "404", [OtherParticipant] = "404", [OtherOwner] = "404", [PlatformAdmin] = "404", [EventLimitedStaff] = "404" };
        yield return new("POST /api/feedback/{feedbackId}/reply", Permission(Permissions.FeedbackView))
        {
            Setup = FeedbackAsync, Overrides = notStaff, Body = _ => Json(new { body = "Matrix reply" }),
        };
        yield return new("DELETE /api/feedback/{feedbackId}/reply", Permission(Permissions.FeedbackView)) { Setup = FeedbackAsync, Overrides = notStaff };
        yield return new("POST /api/feedback/{feedbackId}/hide", Permission(Permissions.FeedbackView)) { Setup = FeedbackAsync, Overrides = notStaff };
        yield return new("POST /api/feedback/{feedbackId}/unhide", Permission(Permissions.FeedbackView)) { Setup = FeedbackAsync, Overrides = notStaff };
    }

    private static Task<Fixture> FeedbackAsync(AuthorizationScenario s, EventTarget _) => StartedFeedback.GetValue(s, async scenario =>
    {
        var started = await EventEndpointTests.CreatePublishedAsync(scenario.Org, EventEndpointTests.EventBody("Matrix feedback", ("Berlin", 52.52, 13.40), inDays: 0));
        var type = await scenario.NewTypeAsync(started.Id, capacity: 10);
        await scenario.ParticipantOrderAsync(started.Id, type.Id);
        var feedback = await CreatedAsync(scenario.Participant, $"/api/events/{started.Id}/feedback", new { rating = 4, comment = "Matrix comment" });
        return Values(("feedbackId", feedback.GetProperty("id").GetGuid()));
    });
}
