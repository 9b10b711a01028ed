namespace EventFly.Services.Organizations.Contracts;

/// <summary>Who holds organizations up: asked before an account is deleted (an organization always keeps an owner).</summary>
public interface IOrganizationOwnership
{
    /// <summary>The organizations whose only owner is <paramref name="userId"/>, by id with their names.</summary>
    Task<IReadOnlyList<OrganizationName>> ListSolelyOwnedAsync(Guid userId, CancellationToken cancellationToken);
}

public sealed record OrganizationName(Guid Id, string Name);
