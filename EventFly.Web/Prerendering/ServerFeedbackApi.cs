using System.Text.Json;
using EventFly.Client.Api;
using EventFly.Client.Contracts;
using EventFly.Services.Feedback.Contracts;
using EventFly.Web.Endpoints;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace EventFly.Web.Prerendering;

/// <summary>
/// The server's <see cref="IFeedbackApi"/> for prerendering the event page: the same service calls, with the same caller,
/// as the endpoints. Its answers go through the API's own JSON, so a prerendered page sees exactly what the browser gets.
/// </summary>
internal sealed class ServerFeedbackApi(IFeedbackService feedback, AuthenticationStateProvider authentication, IOptions<JsonOptions> json) : IFeedbackApi
{
    public Task<ApiResult<MyFeedbackResponse>> GetMineAsync(Guid eventId, CancellationToken cancellationToken = default) =>
        ServerCalls.RunSignedInAsync(authentication, async actor => AsWire<MyFeedbackResponse>(await feedback.GetMineAsync(actor, eventId, cancellationToken)));

    public Task<ApiResult<FeedbackResponse>> SubmitAsync(Guid eventId, FeedbackRequest request, CancellationToken cancellationToken = default) =>
        ServerCalls.RunSignedInAsync(authentication, async actor =>
            AsWire<FeedbackResponse>((await feedback.SubmitAsync(actor, eventId, FeedbackEndpoints.ToSubmission(request), cancellationToken)).Feedback));

    public Task<ApiResult<PublicRatingResponse>> GetRatingAsync(Guid eventId, CancellationToken cancellationToken = default) =>
        ServerCalls.RunAsync(authentication, async actor => AsWire<PublicRatingResponse>(await feedback.GetEventRatingAsync(actor, eventId, cancellationToken)));

    public Task<ApiResult<PagedResponse<PublicFeedbackResponse>>> GetPublicAsync(Guid eventId, int page = 1, int pageSize = PagedQuery.DefaultPageSize,
        CancellationToken cancellationToken = default) =>
        ServerCalls.RunAsync(authentication, async actor =>
            AsWire<PagedResponse<PublicFeedbackResponse>>(await feedback.ListPublicAsync(actor, eventId, page, pageSize, cancellationToken)));

    private T AsWire<T>(object value) =>
        JsonSerializer.Deserialize<T>(JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), json.Value.SerializerOptions), json.Value.SerializerOptions)!;
}
