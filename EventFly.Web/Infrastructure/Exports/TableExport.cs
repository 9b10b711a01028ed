using System.Globalization;

namespace EventFly.Web.Infrastructure.Exports;

/// <summary>
/// A table downloaded as CSV or Excel, for any endpoint:
/// <c>return TableExport.Write(format, "orders-…", ["Reference", "Total"], rows);</c> with the rows as <c>object?[]</c>, one cell per header.
/// </summary>
/// <remarks>
/// Cells are null, text, numbers, booleans or dates (<see cref="DateTimeOffset"/> is written in UTC: say so in the header);
/// anything else is written as its text. Text a spreadsheet would run as a formula gets a leading <c>'</c> in both formats
/// (<see cref="Inert"/>); numbers are left alone. The answer starts only once the first row (or the end) has come, so an
/// exception the rows raise before their first one (the permission check of a lazy source) still becomes ProblemDetails.
/// </remarks>
internal static class TableExport
{
    public const string Csv = "csv";
    public const string Xlsx = "xlsx";

    /// <summary>What a text cell may not start with (OWASP's list for CSV injection): it would be read as a formula.</summary>
    private const string FormulaStarts = "=+-@\t\r";

    /// <summary>
    /// <paramref name="format"/> is <c>csv</c> or <c>xlsx</c> (any case); anything else answers 400 with a field error on
    /// <c>format</c> before a row is asked for. <paramref name="fileName"/> is without extension; the sheet is named
    /// <paramref name="sheetName"/> (or after the file).
    /// </summary>
    public static IResult Write(string? format, string fileName, IReadOnlyList<string> headers, IAsyncEnumerable<object?[]> rows, string? sheetName = null)
    {
        var kind = format?.ToLowerInvariant() switch
        {
            Csv => TableExportResult.Kind.Csv,
            Xlsx => TableExportResult.Kind.Xlsx,
            _ => (TableExportResult.Kind?)null,
        };
        return kind is null
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = [$"format is one of: {Csv}, {Xlsx}."] })
            : new TableExportResult(kind.Value, fileName, headers, rows, sheetName ?? fileName);
    }

    /// <inheritdoc cref="Write(string?, string, IReadOnlyList{string}, IAsyncEnumerable{object?[]}, string?)"/>
    public static IResult Write(string? format, string fileName, IReadOnlyList<string> headers, IEnumerable<object?[]> rows, string? sheetName = null) =>
        Write(format, fileName, headers, rows.ToAsyncEnumerable(), sheetName);

    /// <summary>The text with a leading <c>'</c> when it starts like a formula, so a spreadsheet shows it instead of running it.</summary>
    public static string Inert(string text) => text.Length > 0 && FormulaStarts.Contains(text[0], StringComparison.Ordinal) ? "'" + text : text;

    /// <summary>A cell as the writers take it: null, inert text, a decimal or double, a bool, a <see cref="DateTime"/> (UTC when it had an offset, to the second) or a <see cref="DateOnly"/>.</summary>
    internal static object? Normalize(object? cell) => cell switch
    {
        null => null,
        string text => Inert(text),
        decimal or double or bool or DateOnly => cell,
        float single => (double)single,
        int or long or short or byte or sbyte or uint or ulong or ushort => Convert.ToDecimal(cell, CultureInfo.InvariantCulture),
        DateTimeOffset at => WholeSeconds(at.UtcDateTime),
        DateTime at => WholeSeconds(at.Kind == DateTimeKind.Local ? at.ToUniversalTime() : at),
        _ => Inert(Convert.ToString(cell, CultureInfo.InvariantCulture) ?? ""),
    };

    /// <summary>Both formats show seconds; cut here, or Excel would round up where the CSV cuts off.</summary>
    private static DateTime WholeSeconds(DateTime at) => at.AddTicks(-(at.Ticks % TimeSpan.TicksPerSecond));
}
