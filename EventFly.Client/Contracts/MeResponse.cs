namespace EventFly.Client.Contracts;

/// <summary>
/// <c>GET /api/me</c>; <see cref="EmailConfirmed"/>: the confirmation link was opened; <see cref="Language"/>: the language the
/// account is written to and its app shown in (<c>en</c> when not chosen).
/// </summary>
public sealed record MeResponse(Guid Id, string Email, string? DisplayName, bool IsAdmin, bool EmailConfirmed = false, string Language = "en");
