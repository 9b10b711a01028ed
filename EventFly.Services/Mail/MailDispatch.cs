namespace EventFly.Services.Mail;

/// <summary>
/// The outbox message whose dispatch is sending mail right now, set by the dispatcher around its handlers. The outbox
/// sends at least once: a worker killed after sending but before marking the message sent sends it again. Senders name
/// what they send by <see cref="NextKey"/>, the same on every attempt, so the pickup folder keeps one file and an SMTP
/// server sees the same Message-ID.
/// </summary>
internal static class MailDispatch
{
    private static readonly AsyncLocal<Scope?> Current = new();

    /// <summary>Until disposed, mail sent on this flow belongs to outbox message <paramref name="messageId"/>.</summary>
    public static IDisposable For(Guid messageId, DateTime createdAt)
    {
        var scope = new Scope(messageId, createdAt, Current.Value);
        Current.Value = scope;
        return scope;
    }

    /// <summary>
    /// The stable key of the next mail of the current dispatch (time-ordered: the message's creation time first, then its
    /// id, then a counter when one message sends several); null outside a dispatch.
    /// </summary>
    public static string? NextKey()
    {
        if (Current.Value is not { } scope) return null;
        var n = Interlocked.Increment(ref scope.Sent) - 1;
        var key = $"{scope.CreatedAt:yyyyMMddHHmmssfff}-{scope.MessageId:N}";
        return n == 0 ? key : FormattableString.Invariant($"{key}-{n}");
    }

    private sealed class Scope(Guid messageId, DateTime createdAt, Scope? outer) : IDisposable
    {
        public int Sent;

        public Guid MessageId => messageId;

        public DateTime CreatedAt => createdAt;

        public void Dispose() => Current.Value = outer;
    }
}
