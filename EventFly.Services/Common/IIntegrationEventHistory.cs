namespace EventFly.Services.Common;

/// <summary>
/// A context's past told again as the integration events it announced, rebuilt from its tables, for consumers that
/// rebuild what they derived from them (Analytics). Each item is an <see cref="IIntegrationEvent"/> record; within one
/// aggregate in the order they happened, across aggregates in no promised order.
/// </summary>
public interface IIntegrationEventHistory
{
    IAsyncEnumerable<object> ReplayAsync(CancellationToken cancellationToken);
}
