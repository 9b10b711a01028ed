namespace EventFly.Domain.Common;

/// <summary>A referenced thing does not exist (or must not be revealed); the web layer answers 404 with <see cref="Code"/>.</summary>
public sealed class NotFoundException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
