namespace EventFly.Services.Ticketing.Mails;

/// <summary>Names the texts of ticketing's mails (TicketMailTexts.resx, TicketMailTexts.de.resx).</summary>
public sealed class TicketMailTexts;

/// <summary>One ticket of a confirmation: its number in the order (and in its QR attachment's name), type and access.</summary>
public sealed record TicketMailLine(int Number, string TypeName, string AccessLevel, string QrFileName);
