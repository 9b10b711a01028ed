using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EventFly.Services.Persistence;

/// <summary>Instants stored as UTC <see cref="DateTime"/>: both providers compare and sort them (SQLite cannot compare offsets).</summary>
internal static class UtcConverters
{
    public static readonly ValueConverter<DateTimeOffset, DateTime> Instant =
        new(v => v.UtcDateTime, v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));

    public static readonly ValueConverter<DateTimeOffset?, DateTime?> OptionalInstant =
        new(v => v.HasValue ? v.Value.UtcDateTime : null, v => v.HasValue ? new DateTimeOffset(DateTime.SpecifyKind(v.Value, DateTimeKind.Utc)) : null);
}
