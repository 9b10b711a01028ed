namespace EventFly.Services.Mail;

/// <summary>
/// Headers beyond From, To and Subject. <see cref="UnsubscribeUrl"/> (absolute http or https) becomes the RFC 8058
/// one-click <c>List-Unsubscribe</c> pair; transactional mail (tickets, invitations) has none.
/// </summary>
public sealed record EmailHeaders(string? UnsubscribeUrl = null);
