using System.Text.RegularExpressions;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace EventFly.Services.Persistence;

/// <summary>
/// Which named constraint (unique index, key, check) a failed save broke, so a <c>catch</c> handles only the race it
/// expects and any other failure propagates as what it is. The names are the database names of the migrations; each
/// one code relies on is a constant next to its entity's configuration (ADR 0014).
/// </summary>
internal static partial class ConstraintViolations
{
    private const int SqliteConstraint = 19;

    /// <summary>True when the save failed on the constraint named <paramref name="constraintName"/>.</summary>
    public static bool IsViolationOf(this DbUpdateException exception, string constraintName) =>
        ViolatedConstraints(exception).Contains(constraintName, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The names of the constraints the failure is about. PostgreSQL reports it in a field of its own; SQL Server names
    /// it in the message; SQLite names a check constraint, but for a unique failure only the table and columns, which the
    /// EF model maps back to its unique indexes and keys (usually one).
    /// </summary>
    public static IReadOnlyList<string> ViolatedConstraints(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException { SqliteErrorCode: SqliteConstraint } sqlite => InSqliteMessage(sqlite.Message, ModelOf(exception)),
        // 2601: duplicate key in a unique index; 2627: in a primary key or unique constraint; 547: check or foreign key.
        SqlException { Number: 2601 or 2627 or 547 } sqlServer => InSqlServerMessage(sqlServer.Message),
        // SQLSTATE class 23, integrity constraint violation: 23505 unique, 23514 check, 23503 foreign key.
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.CheckViolation or PostgresErrorCodes.ForeignKeyViolation, ConstraintName: { } name } => [name],
        _ => [],
    };

    /// <summary>The model of the entities being saved (read from their metadata, which outlives their context).</summary>
    private static IModel? ModelOf(DbUpdateException exception) => exception.Entries.Count > 0 ? exception.Entries[0].Metadata.Model : null;

    /// <summary>
    /// "CHECK constraint failed: CK_Name" (and "UNIQUE constraint failed: index 'IX_Name'" for an index on expressions)
    /// name it; "UNIQUE constraint failed: Table.A, Table.B" names columns.
    /// </summary>
    internal static IReadOnlyList<string> InSqliteMessage(string message, IModel? model)
    {
        if (SqliteNamed().Match(message) is { Success: true } named) return [named.Groups["name"].Value];
        if (SqliteUnique().Match(message) is not { Success: true } unique || model is null) return [];
        var columns = unique.Groups["column"].Captures.Select(c => c.Value).ToList();
        var tables = unique.Groups["table"].Captures.Select(c => c.Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return tables.Count == 1 ? [.. UniqueConstraintsOn(model, tables[0], columns).Distinct(StringComparer.Ordinal)] : [];
    }

    /// <summary>"… unique index 'IX_Name' …", "… PRIMARY KEY constraint 'PK_Name' …", "… CHECK constraint "CK_Name" …".</summary>
    internal static IReadOnlyList<string> InSqlServerMessage(string message) =>
        SqlServerName().Match(message) is { Success: true } match ? [match.Groups["name"].Value] : [];

    /// <summary>The primary key, unique constraints and unique indexes of the table that cover exactly these columns.</summary>
    private static IEnumerable<string> UniqueConstraintsOn(IModel model, string table, IReadOnlyList<string> columns)
    {
        foreach (var mapped in model.GetRelationalModel().Tables.Where(t => string.Equals(t.Name, table, StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var constraint in mapped.UniqueConstraints) // the primary key is one of them
                if (SameColumns(constraint.Columns, columns)) yield return constraint.Name;
            foreach (var index in mapped.Indexes.Where(i => i.IsUnique))
                if (SameColumns(index.Columns, columns)) yield return index.Name;
        }
    }

    private static bool SameColumns(IReadOnlyList<IColumn> mapped, IReadOnlyList<string> columns) =>
        mapped.Count == columns.Count && mapped.All(c => columns.Contains(c.Name, StringComparer.OrdinalIgnoreCase));

    [GeneratedRegex(@"CHECK constraint failed: (?<name>\w+)|UNIQUE constraint failed: index '(?<name>\w+)'")]
    private static partial Regex SqliteNamed();

    [GeneratedRegex(@"UNIQUE constraint failed: (?:(?<table>\w+)\.(?<column>\w+)(?:, )?)+")]
    private static partial Regex SqliteUnique();

    [GeneratedRegex(@"(?:constraint|index) ['""](?<name>[^'""]+)['""]", RegexOptions.IgnoreCase)]
    private static partial Regex SqlServerName();
}
