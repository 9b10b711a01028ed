namespace EventFly.Client.Contracts;

/// <summary><c>GET /api/me</c>.</summary>
public sealed record MeResponse(Guid Id, string Email, string? DisplayName, bool IsAdmin);
