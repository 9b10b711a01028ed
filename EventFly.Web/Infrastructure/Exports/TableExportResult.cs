using ClosedXML.Excel;
using CsvHelper;
using Microsoft.Net.Http.Headers;

namespace EventFly.Web.Infrastructure.Exports;

/// <summary>
/// Writes a <see cref="TableExport"/>: CSV streamed as the rows come (UTF-8 with a byte order mark, so Excel reads
/// umlauts right; invariant culture; a header row); XLSX built in memory and sent whole (ClosedXML 0.95 writes only synchronously).
/// </summary>
internal sealed class TableExportResult(TableExportResult.Kind kind, string fileName, IReadOnlyList<string> headers, IAsyncEnumerable<object?[]> rows, string sheetName)
    : IResult
{
    public enum Kind
    {
        Csv,
        Xlsx,
    }

    private const string DateTimeFormat = "yyyy-MM-dd HH:mm:ss";
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>Column widths in characters: no fonts are measured (AutoFit needs System.Drawing, which Linux lacks).</summary>
    private const int MinWidth = 8, MaxWidth = 60;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var cancellationToken = httpContext.RequestAborted;
        await using var source = rows.GetAsyncEnumerator(cancellationToken);
        // Asked before anything is written: what the source throws now is answered as any endpoint's exception.
        var more = await source.MoveNextAsync();
        if (kind == Kind.Csv)
            await WriteCsvAsync(httpContext.Response, source, more, cancellationToken);
        else
            await WriteXlsxAsync(httpContext.Response, source, more, cancellationToken);
    }

    private async Task WriteCsvAsync(HttpResponse response, IAsyncEnumerator<object?[]> source, bool more, CancellationToken cancellationToken)
    {
        Start(response, "text/csv; charset=utf-8", ".csv");
        await using var csv = CsvWriter.Create(response.Body, new CsvWriterOptions { WriteByteOrderMark = true }, leaveOpen: true);
        foreach (var header in headers)
            csv.WriteField(TableExport.Inert(header));
        await csv.EndRecordAsync(cancellationToken);
        for (; more; more = await source.MoveNextAsync())
        {
            foreach (var cell in Checked(source.Current))
            {
                switch (TableExport.Normalize(cell))
                {
                    case null: csv.WriteField((string?)null); break;
                    case string text: csv.WriteField(text); break;
                    case decimal number: csv.WriteField(number, ""); break;
                    case double number: csv.WriteField(number, ""); break;
                    case bool flag: csv.WriteField(flag); break;
                    case DateTime at: csv.WriteField(at, DateTimeFormat); break;
                    case DateOnly day: csv.WriteField(day, DateFormat); break;
                }
            }
            await csv.EndRecordAsync(cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
    }

    private async Task WriteXlsxAsync(HttpResponse response, IAsyncEnumerator<object?[]> source, bool more, CancellationToken cancellationToken)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(SheetName(sheetName));
        var widths = new int[headers.Count];
        for (var c = 0; c < headers.Count; c++)
        {
            sheet.Cell(1, c + 1).SetValue(TableExport.Inert(headers[c]));
            widths[c] = headers[c].Length;
        }
        sheet.Range(1, 1, 1, headers.Count).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);

        var r = 1;
        for (; more; more = await source.MoveNextAsync())
        {
            r++;
            var row = Checked(source.Current);
            for (var c = 0; c < row.Length; c++)
            {
                var target = sheet.Cell(r, c + 1);
                var value = TableExport.Normalize(row[c]);
                switch (value)
                {
                    case null: break;
                    case string text: target.SetValue(text); break;
                    case decimal number: target.SetValue(number); break;
                    case double number: target.SetValue(number); break;
                    case bool flag: target.SetValue(flag); break;
                    case DateTime at: target.SetValue(at).Style.DateFormat.Format = "yyyy-mm-dd hh:mm:ss"; break;
                    case DateOnly day: target.SetValue(day.ToDateTime(TimeOnly.MinValue)).Style.DateFormat.Format = "yyyy-mm-dd"; break;
                }
                widths[c] = Math.Max(widths[c], value switch
                {
                    DateTime => DateTimeFormat.Length,
                    _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)?.Length ?? 0,
                });
            }
        }
        for (var c = 0; c < headers.Count; c++)
            sheet.Column(c + 1).Width = Math.Clamp(widths[c] + 2, MinWidth, MaxWidth);
        sheet.Range(1, 1, r, headers.Count).SetAutoFilter();

        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        Start(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");
        response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(response.Body, cancellationToken);
    }

    private void Start(HttpResponse response, string contentType, string extension)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(fileName + extension);
        response.Headers.ContentDisposition = disposition.ToString();
        // Names and e-mail addresses: no copy in a shared cache or the browser's.
        response.Headers.CacheControl = "no-store";
    }

    private object?[] Checked(object?[] row) => row.Length == headers.Count
        ? row
        : throw new InvalidOperationException($"An export row has {row.Length} cells for {headers.Count} headers.");

    /// <summary>Excel's rules: at most 31 characters, none of <c>[]:*?/\</c>.</summary>
    private static string SheetName(string name)
    {
        var clean = new string([.. name.Where(ch => "[]:*?/\\".IndexOf(ch, StringComparison.Ordinal) < 0)]).Trim('\'', ' ');
        return clean.Length == 0 ? "Export" : clean[..Math.Min(31, clean.Length)];
    }
}
