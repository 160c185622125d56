using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.GraphQL.Errors;
using CollectiveImpact.Graph.Api.Services;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Api.GraphQL.Authorization;

/// <summary>
/// Which people a caller may see at all. Backbone and evaluators: everyone. Partners: the people of their own
/// organization. Dashboards: no one. The field middleware refuses every field of a person outside this, wherever
/// the person turns up (a node lookup, a tie's end, a path); lists of people and the network map filter them out.
/// </summary>
public static class PersonVisibility
{
    public static bool CanSee(Caller caller, Person person) => CanSeePersonOf(caller, person.Organization);

    /// <summary>Whether the caller may see a person of <paramref name="organization"/> (null: of none).</summary>
    public static bool CanSeePersonOf(Caller caller, string? organization) => caller.Role switch
    {
        Roles.Backbone or Roles.Evaluator => true,
        Roles.Partner => caller.Organization is not null && string.Equals(organization, caller.Organization, StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>False only for a person the caller may not see; every other node is visible.</summary>
    public static bool CanSee(Caller caller, INetworkNode node) => node is not Person person || CanSee(caller, person);

    /// <summary>The organization whose people a partner is limited to; null when the caller sees everyone it may see by role.</summary>
    public static string? PartnerOrganization(Caller caller) => caller.Role == Roles.Partner ? caller.Organization : null;

    /// <summary>
    /// A neighbourhood without the people the caller may not see and without the edges touching them. Distances
    /// stay those of the full map. Centred on such a person, it is refused.
    /// </summary>
    public static MapNeighborhood Filter(MapNeighborhood neighborhood, Caller caller)
    {
        if (!CanSee(caller, neighborhood.Center))
        {
            throw new ApiError(ErrorCodes.Forbidden, $"neighborhood: '{neighborhood.Center.Id}' is a person the {caller.Role} role may not see.");
        }

        var hidden = neighborhood.Nodes.Where(n => !CanSee(caller, n.Node)).Select(n => n.Node.Id).ToHashSet(StringComparer.Ordinal);
        return hidden.Count == 0
            ? neighborhood
            : neighborhood with
            {
                Nodes = neighborhood.Nodes.Where(n => !hidden.Contains(n.Node.Id)).ToList(),
                Edges = neighborhood.Edges.Where(e => !hidden.Contains(e.Source) && !hidden.Contains(e.Target)).ToList(),
            };
    }
}
