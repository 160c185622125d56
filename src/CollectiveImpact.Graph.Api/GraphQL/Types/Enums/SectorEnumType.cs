using CollectiveImpact.Graph.Store.Domain;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Enums;

/// <summary>The sector an organization belongs to. Values in the network format's spelling (CONSTANT_CASE of the member names).</summary>
public sealed class SectorEnumType : EnumerationGraphType<Sector>
{
    public SectorEnumType()
    {
        Name = "Sector";
        Description = "The sector an organization belongs to.";
    }
}
