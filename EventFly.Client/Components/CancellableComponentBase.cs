using Microsoft.AspNetCore.Components;

namespace EventFly.Client.Components;

/// <summary>
/// A component whose calls stop when it goes away: pass <see cref="Aborted"/> to every API call it makes. A call
/// aborted this way ends in an <see cref="OperationCanceledException"/>, which ends the lifecycle method or event
/// handler that made it; Blazor ignores a cancelled task there, so nothing renders or reports an error afterwards.
/// Work the component starts on its own (a timer, a loop) catches the cancellation itself.
/// </summary>
public abstract class CancellableComponentBase : ComponentBase, IDisposable
{
    private readonly CancellationTokenSource _aborting = new();
    private bool _disposed;

    protected CancellableComponentBase() => Aborted = _aborting.Token;

    /// <summary>Cancelled when the component is disposed (the user left the page); still readable afterwards.</summary>
    protected CancellationToken Aborted { get; }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Cancels <see cref="Aborted"/>; a component with more to release overrides this and calls it.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (_disposed) return;
        _disposed = true;
        if (!disposing) return;
        _aborting.Cancel();
        _aborting.Dispose();
    }
}
