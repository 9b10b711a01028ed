namespace EventFly.Services.Common;

/// <summary>
/// One context's part of a participant's data export (ADR 0030): what that context holds about the person and
/// nothing about anybody else. Each context implements it internally over its own tables; the Privacy context
/// collects every registered part, so it never reads another context's tables.
/// </summary>
public interface IPersonalDataSource
{
    /// <summary>The export's key for this part, camelCase (<c>orders</c>); unique among the sources.</summary>
    string Section { get; }

    /// <summary>A JSON-serializable value (records and lists) with the person's data; empty lists when there is none.</summary>
    Task<object> ExportAsync(Guid userId, CancellationToken cancellationToken);
}
