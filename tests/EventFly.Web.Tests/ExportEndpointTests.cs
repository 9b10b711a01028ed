using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClosedXML.Excel;
using CsvHelper;
using EventFly.Client.Contracts;
using EventFly.Web.Infrastructure.Exports;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace EventFly.Web.Tests;

/// <summary>
/// The attendee, order and check-in exports: read back with the libraries that wrote them, they hold what the API's
/// JSON lists hold; names that start like a formula come out inert; the order list's permission rule applies.
/// </summary>
public sealed class ExportEndpointTests(ExportFactory factory) : IClassFixture<ExportFactory>
{
    private static readonly (string City, double Lat, double Lng) Berlin = ("Berlin", 52.52, 13.40);

    private static readonly string[] Lists = ["attendees", "orders", "checkins"];

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task AttendeesExport_HoldsTheAttendeeList(string format)
    {
        var sales = await factory.SalesAsync();
        var expected = (await sales.S.Owner.GetFromJsonAsync<List<AttendeeResponse>>($"/api/events/{sales.EventId}/attendees"))!;

        var table = await ExportAsync(sales.S.Owner, sales.EventId, "attendees", format);

        Assert.Equal(["Name", "E-mail", "Ticket type", "Access level", "Order reference", "Checked in at (UTC)"], table.Headers);
        Assert.Equal(expected.Count, table.Rows.Count);
        Assert.Equal(expected.Select(a => Inert(a.Name ?? "")), table.Rows.Select(r => r[0]));
        Assert.Equal(expected.Select(a => a.Email), table.Rows.Select(r => r[1]));
        Assert.Equal(expected.Select(a => a.TicketTypeName), table.Rows.Select(r => r[2]));
        Assert.Equal(expected.Select(a => a.OrderId.ToString("N")[^10..].ToUpperInvariant()), table.Rows.Select(r => r[4]));
        Assert.Equal(expected.Select(a => Time(a.CheckedInAt)), table.Rows.Select(r => r[5]));
        Assert.Equal(2, table.Rows.Count(r => r[5] != ""));
        Assert.DoesNotContain(table.Rows.SelectMany(r => r), cell => sales.TicketCodes.Any(code => cell.Contains(code, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task OrdersExport_HoldsEveryOrder_AsTheOrderListPagesThem(string format)
    {
        var sales = await factory.SalesAsync();
        var expected = new List<OrderSummaryResponse>();
        for (var page = 1; ; page++)
        {
            var list = (await sales.S.Owner.GetFromJsonAsync<PagedResponse<OrderSummaryResponse>>($"/api/events/{sales.EventId}/orders?page={page}&pageSize=2"))!;
            expected.AddRange(list.Items);
            if (expected.Count >= list.Total) break;
        }

        var table = await ExportAsync(sales.S.Owner, sales.EventId, "orders", format);

        Assert.Equal(["Reference", "Buyer name", "Buyer e-mail", "Status", "Tickets", "Total", "Currency", "Placed at (UTC)"], table.Headers);
        Assert.Equal(expected.Count, table.Rows.Count);
        Assert.Equal(expected.Select(o => o.Reference), table.Rows.Select(r => r[0]));
        Assert.Equal(expected.Select(o => Inert(o.BuyerName ?? "")), table.Rows.Select(r => r[1]));
        Assert.Equal(expected.Select(o => o.BuyerEmail), table.Rows.Select(r => r[2]));
        Assert.Equal(expected.Select(o => JsonNamingPolicy.SnakeCaseLower.ConvertName(o.Status.ToString())), table.Rows.Select(r => r[3]));
        Assert.Equal(expected.Select(o => o.Tickets), table.Rows.Select(r => int.Parse(r[4], CultureInfo.InvariantCulture)));
        Assert.Equal(expected.Select(o => o.Total.Amount), table.Rows.Select(r => decimal.Parse(r[5], CultureInfo.InvariantCulture)));
        Assert.Equal(expected.Select(o => o.Total.Currency), table.Rows.Select(r => r[6]));
        Assert.Equal(expected.Select(o => Time(o.CreatedAt)), table.Rows.Select(r => r[7]));
        Assert.Equal(25m, expected.Sum(o => o.Total.Amount));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task CheckInsExport_HasOneRowPerTicketCheckedIn(string format)
    {
        var sales = await factory.SalesAsync();
        var expected = (await sales.S.Owner.GetFromJsonAsync<List<AttendeeResponse>>($"/api/events/{sales.EventId}/attendees"))!
            .Where(a => a.CheckedInAt is not null).OrderBy(a => a.CheckedInAt).ToList();

        var table = await ExportAsync(sales.S.Owner, sales.EventId, "checkins", format);

        Assert.Equal(["Checked in at (UTC)", "Name", "E-mail", "Ticket type", "Access level"], table.Headers);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(expected.Select(a => Time(a.CheckedInAt)), table.Rows.Select(r => r[0]));
        Assert.Equal(expected.Select(a => Inert(a.Name ?? "")), table.Rows.Select(r => r[1]));
        Assert.Equal(expected.Select(a => a.Email), table.Rows.Select(r => r[2]));
        Assert.Equal(expected.Select(a => a.TicketTypeName), table.Rows.Select(r => r[3]));
        Assert.Equal(expected.Select(a => a.AccessLevel), table.Rows.Select(r => r[4]));
    }

    [Fact]
    public async Task FormulaNames_ComeOutPrefixedWithAQuote_InCsvAndXlsx()
    {
        var sales = await factory.SalesAsync();

        var csv = await ExportAsync(sales.S.Owner, sales.EventId, "orders", "csv");
        var xlsx = await sales.S.Owner.GetAsync($"/api/events/{sales.EventId}/orders/export?format=xlsx");
        using var workbook = new XLWorkbook(await xlsx.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        var names = workbook.Worksheet(1).Column(2).CellsUsed().Skip(1).ToList();

        foreach (var name in ExportFactory.BuyerNames.Where(n => n[0] is '=' or '+' or '-' or '@'))
        {
            Assert.Contains(csv.Rows, r => r[1] == "'" + name);
            Assert.Contains(names, c => c.GetString() == "'" + name);
        }
        Assert.Contains(csv.Rows, r => r[1] == "Zoë Müller, Berlin");
        Assert.All(names, c => Assert.False(c.HasFormula));
        Assert.All(names, c => Assert.Equal(XLDataType.Text, c.DataType));
        var totals = workbook.Worksheet(1).Column(6).CellsUsed().Skip(1).ToList();
        Assert.All(totals, c => Assert.Equal(XLDataType.Number, c.DataType));
        Assert.All(workbook.Worksheet(1).Column(8).CellsUsed().Skip(1), c => Assert.Equal(XLDataType.DateTime, c.DataType));
        Assert.True(workbook.Worksheet(1).Cell(1, 1).Style.Font.Bold);
        Assert.Equal(1, workbook.Worksheet(1).SheetView.SplitRow);
    }

    [Theory]
    [InlineData("csv", "text/csv", ".csv")]
    [InlineData("CSV", "text/csv", ".csv")]
    [InlineData("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx")]
    public async Task Export_IsAnAttachment_OfItsFormatsType(string format, string contentType, string extension)
    {
        var sales = await factory.SalesAsync();

        var response = await sales.S.Owner.GetAsync($"/api/events/{sales.EventId}/attendees/export?format={format}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal($"attendees-{sales.EventId}{extension}", response.Content.Headers.ContentDisposition.FileName?.Trim('"'));
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Export_DownloadsWithTheSignInCookie_AsThePortalsLinksDo()
    {
        var s = await factory.ScenarioAsync();
        var sales = await factory.SalesAsync();
        var (email, bearer) = await factory.CreateSignedInUserAsync();
        await s.InviteAsync(email, await s.CreateRoleAsync("Exporter", ["orders.view"]));
        (await bearer.PostAsync($"/api/invitations/{await OrganizationScenario.ReadInvitationTokenAsync(factory, email)}/accept", null)).EnsureSuccessStatusCode();
        using var browser = factory.CreateClient();
        (await browser.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password = EventFlyFactory.Password })).EnsureSuccessStatusCode();

        var table = await ExportAsync(browser, sales.EventId, "checkins", "csv");

        Assert.Equal(2, table.Rows.Count);
    }

    [Theory]
    [InlineData("?format=pdf")]
    [InlineData("?format=")]
    [InlineData("")]
    public async Task UnknownFormat_Is400_WithAFieldErrorOnFormat(string query)
    {
        var sales = await factory.SalesAsync();

        foreach (var list in Lists)
        {
            var response = await sales.S.Owner.GetAsync($"/api/events/{sales.EventId}/{list}/export{query}");

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("format is one of: csv, xlsx.", problem.GetProperty("errors").GetProperty("format")[0].GetString());
        }
    }

    [Fact]
    public async Task Exports_AreForStaffWithOrdersView_AndHideDraftsFromEveryoneElse()
    {
        var s = await factory.ScenarioAsync();
        var sales = await factory.SalesAsync();
        var draft = await EventEndpointTests.CreateAsync(s, EventEndpointTests.EventBody("Export draft", Berlin));
        var (_, boxOffice) = await s.AddMemberAsync(await s.CreateRoleAsync("Box office", ["orders.view"]));
        var (_, participant) = await factory.CreateSignedInUserAsync();
        var (_, otherOwner) = await factory.CreateSignedInUserAsync();
        (await otherOwner.PostAsJsonAsync("/api/organizations", new { name = "Another org" })).EnsureSuccessStatusCode();
        using var anonymous = factory.CreateClient();
        var callers = new (string Who, HttpClient Client, HttpStatusCode OnDraft, HttpStatusCode OnPublished)[]
        {
            ("anonymous", anonymous, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized),
            ("participant", participant, HttpStatusCode.NotFound, HttpStatusCode.Forbidden),
            ("other organization's owner", otherOwner, HttpStatusCode.NotFound, HttpStatusCode.Forbidden),
            ("staff without orders.view", s.MemberWithout, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
            ("staff with orders.view", boxOffice, HttpStatusCode.OK, HttpStatusCode.OK),
        };

        var differences = new List<string>();
        foreach (var list in Lists)
        {
            foreach (var format in new[] { "csv", "xlsx" })
            {
                foreach (var (who, client, onDraft, onPublished) in callers)
                {
                    foreach (var (eventId, expected) in new[] { (draft.Id, onDraft), (sales.EventId, onPublished) })
                    {
                        var response = await client.GetAsync($"/api/events/{eventId}/{list}/export?format={format}");
                        if (response.StatusCode != expected)
                            differences.Add($"{list} {format} as {who} on {(eventId == draft.Id ? "the draft" : "the published event")}: {response.StatusCode}, expected {expected}");
                        else if (expected is HttpStatusCode.Forbidden or HttpStatusCode.NotFound && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                            differences.Add($"{list} {format} as {who}: {expected} without ProblemDetails");
                    }
                }
            }
        }
        Assert.Empty(differences);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task Writer_EscapesTextThatStartsLikeAFormula_ButNotNumbers(string format)
    {
        object?[][] rows =
        [
            ["=1+1", -5m, "-5", new DateTimeOffset(2026, 3, 1, 20, 30, 0, TimeSpan.FromHours(1)), true],
            ["\tTab", 2.5, "\rReturn", null, false],
            ["plain", 7, "@user", new DateOnly(2026, 3, 1), null],
        ];

        var table = await RunWriterAsync(format, ["Text", "Number", "More text", "When", "Flag"], rows);

        Assert.Equal(["'=1+1", "-5", "'-5", "2026-03-01 19:30:00", format == "csv" ? "True" : "TRUE"], table.Rows[0]);
        // A workbook is XML, whose readers turn a CR into LF: the quote in front is what counts.
        Assert.Equal(["'\tTab", "2.5", format == "csv" ? "'\rReturn" : "'\nReturn", "", format == "csv" ? "False" : "FALSE"], table.Rows[1]);
        Assert.Equal(["plain", "7", "'@user", format == "csv" ? "2026-03-01" : "2026-03-01 00:00:00", ""], table.Rows[2]);
    }

    [Fact]
    public async Task Writer_AnswersAnExceptionBeforeTheFirstRow_WithoutStartingTheDownload()
    {
        var http = NewContext();
        var result = TableExport.Write("csv", "failing", ["A"], FailingAsync());

        await Assert.ThrowsAsync<EventFly.Domain.Common.ForbiddenException>(() => result.ExecuteAsync(http));

        Assert.False(http.Response.HasStarted);
        Assert.Equal(0, http.Response.Body.Length);
        Assert.DoesNotContain("Content-Disposition", http.Response.Headers.Keys);
    }

    private static async IAsyncEnumerable<object?[]> FailingAsync()
    {
        await Task.Yield();
        throw new EventFly.Domain.Common.ForbiddenException("forbidden", "No.");
#pragma warning disable CS0162 // An iterator needs a yield to be one.
        yield break;
#pragma warning restore CS0162
    }

    private static async Task<Table> ExportAsync(HttpClient client, Guid eventId, string list, string format)
    {
        var response = await client.GetAsync($"/api/events/{eventId}/{list}/export?format={format}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return Read(format, await response.Content.ReadAsByteArrayAsync());
    }

    private static async Task<Table> RunWriterAsync(string format, string[] headers, object?[][] rows)
    {
        var http = NewContext();
        await TableExport.Write(format, "test", headers, rows).ExecuteAsync(http);
        Assert.Equal(StatusCodes.Status200OK, http.Response.StatusCode);
        return Read(format, ((MemoryStream)http.Response.Body).ToArray());
    }

    private static DefaultHttpContext NewContext() => new()
    {
        RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider(),
        Response = { Body = new MemoryStream() },
    };

    /// <summary>Every cell as text: CSV as written, XLSX through ClosedXML (dates as the CSV writes them).</summary>
    private static Table Read(string format, byte[] content)
    {
        if (format.Equals("csv", StringComparison.OrdinalIgnoreCase))
        {
            using var reader = CsvReader.Create(content, new CsvReaderOptions { Separator = ',' });
            var rows = new List<string[]>();
            while (reader.Read())
                rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
            return new Table([.. reader.Headers], rows);
        }

        using var workbook = new XLWorkbook(new MemoryStream(content));
        var sheet = Assert.Single(workbook.Worksheets);
        var width = sheet.Row(1).LastCellUsed().Address.ColumnNumber;
        var lastRow = sheet.LastRowUsed().RowNumber();
        static string Text(IXLCell cell) => cell.DataType switch
        {
            XLDataType.DateTime => cell.GetDateTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            XLDataType.Number => cell.GetDouble().ToString(CultureInfo.InvariantCulture),
            XLDataType.Boolean => cell.GetBoolean() ? "TRUE" : "FALSE",
            _ => cell.GetString(),
        };
        return new Table(
            [.. Enumerable.Range(1, width).Select(c => sheet.Cell(1, c).GetString())],
            [.. Enumerable.Range(2, lastRow - 1).Select(r => Enumerable.Range(1, width).Select(c => Text(sheet.Cell(r, c))).ToArray())]);
    }

    private static string Inert(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    /// <summary>A time as both exports write it: UTC, to the second.</summary>
    private static string Time(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "";

    private sealed record Table(IReadOnlyList<string> Headers, IReadOnlyList<string[]> Rows);
}
