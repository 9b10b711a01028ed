namespace EventFly.Services.DemoData;

/// <summary>One context's demo data; contributors run in <see cref="Order"/> and must be idempotent.</summary>
internal interface IDemoDataContributor
{
    int Order { get; }

    Task SeedAsync(CancellationToken cancellationToken);
}
