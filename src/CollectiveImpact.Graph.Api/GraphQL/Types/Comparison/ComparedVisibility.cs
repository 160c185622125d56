using CollectiveImpact.Graph.Analytics.Change;
using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Comparison;

/// <summary>The person rules (<see cref="PersonVisibility"/>) for the nodes a comparison carries: a person only to those who may see them.</summary>
internal static class ComparedVisibility
{
    public static bool CanSee(Caller caller, ComparedNode node) =>
        node.Kind != NodeKind.Person || PersonVisibility.CanSeePersonOf(caller, node.Organization);

    public static bool CanSee(Caller caller, ComparedTie tie) => CanSee(caller, tie.From) && CanSee(caller, tie.To);
}
