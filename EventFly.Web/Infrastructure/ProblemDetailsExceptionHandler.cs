using EventFly.Domain.Common;
using EventFly.Domain.Payments;
using EventFly.Domain.Ticketing;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EventFly.Web.Infrastructure;

/// <summary>
/// The one place exceptions become HTTP answers: broken rules are 409 with their <c>code</c>, missing permissions 403, unreadable requests 400,
/// lost update races 409; anything else is a 500 that says nothing about the server's insides.
/// A page view that fails is left to the friendly <c>/error</c> page; API calls and form posts are answered here.
/// </summary>
internal sealed partial class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetails,
    ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // With an error page configured the middleware has already rewritten Request.Path to it.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value ?? "";
        var isPageView = HttpMethods.IsGet(httpContext.Request.Method) && !path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase);
        if (isPageView)
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, path);
            return false;
        }

        var problem = exception switch
        {
            DomainException { Code: TicketingErrors.IdempotencyKeyReused } reused =>
                Problem(StatusCodes.Status422UnprocessableEntity, "The Idempotency-Key was used for another request.", reused.Message, reused.Code),
            DomainException { Code: TicketingErrors.InvalidScanBatch } invalid =>
                Problem(StatusCodes.Status422UnprocessableEntity, "The scan batch is not valid.", invalid.Message, invalid.Code),
            DomainException { Code: PaymentErrors.PaymentUnavailable } unavailable =>
                Problem(StatusCodes.Status503ServiceUnavailable, "The payment gateway is unavailable.", unavailable.Message, unavailable.Code),
            DomainException domain => Problem(StatusCodes.Status409Conflict, "A business rule was broken.", domain.Message, domain.Code),
            NotFoundException notFound => Problem(StatusCodes.Status404NotFound, "Not found.", notFound.Message, notFound.Code),
            ForbiddenException forbidden => Problem(StatusCodes.Status403Forbidden, "Not allowed.", forbidden.Message, forbidden.Code),
            // A form posted without (or with a stale) antiforgery token, e.g. a sign-out form from an old page.
            Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException => Problem(StatusCodes.Status400BadRequest, "The form has expired.",
                "Reload the page and try again.", WebErrors.AntiforgeryFailed),
            BadHttpRequestException bad => Unreadable(bad),
            DbUpdateConcurrencyException => Problem(StatusCodes.Status409Conflict, "Someone else changed this at the same time.",
                "Reload and try again.", WebErrors.ConcurrencyConflict),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => null,
            _ => Problem(StatusCodes.Status500InternalServerError, "Something went wrong on our side.", null, null),
        };
        if (problem is null) return true;

        if (problem.Status == StatusCodes.Status500InternalServerError)
            LogUnhandled(logger, exception, httpContext.Request.Method, path);

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <summary>
    /// 400 <c>bad_request</c>; when the JSON was well-formed but a field held a value of the wrong kind (an unknown enum
    /// name, text for a number), that field is named in <c>errors</c>, as validation names it.
    /// </summary>
    private static ProblemDetails Unreadable(BadHttpRequestException bad)
    {
        var problem = Problem(bad.StatusCode, "The request could not be read.", bad.Message, WebErrors.BadRequest);
        if (bad.InnerException is System.Text.Json.JsonException { Path: ['$', '.', .. var field] } && field.Length > 0)
            problem.Extensions["errors"] = new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = ["The value is not valid here."] };
        return problem;
    }

    private static ProblemDetails Problem(int status, string title, string? detail, string? code)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (code is not null) problem.Extensions["code"] = code;
        return problem;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
