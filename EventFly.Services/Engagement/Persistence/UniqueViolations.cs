using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace EventFly.Services.Engagement.Persistence;

/// <summary>
/// Recognises a save refused by one named unique index or key, so "only once" rules map exactly that refusal to their
/// 409 and let every other failure through. SQL Server names the constraint in its message; SQLite names the columns
/// (<c>UNIQUE constraint failed: T.a, T.b</c>), which are looked up in the model by the constraint's name.
/// </summary>
internal static partial class UniqueViolations
{
    public static bool IsViolationOf(this DbUpdateException exception, EngagementData db, string constraintName)
    {
        var message = exception.InnerException?.Message ?? "";
        if (message.Contains($"'{constraintName}'", StringComparison.Ordinal)) return true;
        var failed = SqliteUniqueFailure().Match(message);
        return failed.Success && ColumnsOf(db.ChangeTracker.Context.Model, constraintName) is { } columns
            && string.Equals(failed.Groups["columns"].Value, columns, StringComparison.Ordinal);
    }

    /// <summary>"T.a, T.b" for the unique index or key named <paramref name="constraintName"/>, as SQLite lists them.</summary>
    private static string? ColumnsOf(IModel model, string constraintName)
    {
        foreach (var entity in model.GetEntityTypes())
        {
            if (entity.GetTableName() is not { } table) continue;
            var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
            var properties = entity.GetIndexes().Where(i => i.IsUnique && i.GetDatabaseName(store) == constraintName).Select(i => i.Properties)
                .Concat(entity.GetKeys().Where(k => k.GetName(store) == constraintName).Select(k => k.Properties))
                .FirstOrDefault();
            if (properties is not null) return string.Join(", ", properties.Select(p => $"{table}.{p.GetColumnName(store)}"));
        }
        return null;
    }

    [GeneratedRegex("UNIQUE constraint failed: (?<columns>[^']+)'")]
    private static partial Regex SqliteUniqueFailure();
}
