namespace EventFly.Domain.Common;

/// <summary>The caller is known but may not do this (a missing permission); the web layer answers 403 with <see cref="Code"/>.</summary>
public sealed class ForbiddenException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;

    public static ForbiddenException MissingPermission(string permission) =>
        new(CommonErrors.Forbidden, $"Your role does not allow this ({permission}).");
}
