namespace EventFly.Web.Tests;

/// <summary>One organization scenario shared by every test of a class (created on first use).</summary>
public class MatrixFactory : EventFlyFactory
{
    private Task<OrganizationScenario>? _scenario;

    public Task<OrganizationScenario> ScenarioAsync() => _scenario ??= OrganizationScenario.CreateAsync(this);
}
