using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Scalars;

/// <summary>
/// The <c>Date</c> scalar: GraphQL.NET's <see cref="DateOnlyGraphType"/> (ISO <c>YYYY-MM-DD</c>, as in the network
/// document) under the name clients expect, rather than the CLR's <c>DateOnly</c>.
/// </summary>
public sealed class CalendarDateGraphType : DateOnlyGraphType
{
    public CalendarDateGraphType()
    {
        Name = "Date";
        Description = "A calendar date in ISO 8601 form, YYYY-MM-DD, as in the network document.";
    }
}
