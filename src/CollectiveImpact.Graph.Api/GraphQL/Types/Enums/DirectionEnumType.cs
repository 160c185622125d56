using CollectiveImpact.Graph.Store.Domain;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Enums;

/// <summary>Which way an indicator should move: INCREASE means higher is better, DECREASE lower. Values in the network format's spelling (CONSTANT_CASE of the member names).</summary>
public sealed class DirectionEnumType : EnumerationGraphType<Direction>
{
    public DirectionEnumType()
    {
        Name = "Direction";
        Description = "Which way an indicator should move: INCREASE means higher is better, DECREASE lower.";
    }
}
