using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Scalars;

/// <summary>
/// Any JSON value, passed through as is: the network document of <c>importNetwork</c> and <c>exportNetwork</c>.
/// Variables arrive as parsed JSON (dictionaries, lists, numbers); literals are converted by the base type.
/// </summary>
public sealed class JsonGraphType : ComplexScalarGraphType
{
    public JsonGraphType()
    {
        Name = "JSON";
        Description = "Any JSON value. Here: a network document (format collective-impact-network/1).";
    }
}
