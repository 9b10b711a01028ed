namespace EventFly.Client.Contracts;

/// <summary><c>GET /api/me</c>; <see cref="EmailConfirmed"/>: the confirmation link was opened.</summary>
public sealed record MeResponse(Guid Id, string Email, string? DisplayName, bool IsAdmin, bool EmailConfirmed = false);
