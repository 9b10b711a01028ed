namespace EventFly.Domain.Common;

/// <summary>A business rule was broken; <see cref="Code"/> is the stable, machine-readable reason sent to clients.</summary>
public sealed class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
