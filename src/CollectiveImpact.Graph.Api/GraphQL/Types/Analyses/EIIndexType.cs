using CollectiveImpact.Graph.Analytics.Structure;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class EIIndexType : ObjectGraphType<EIIndexResult>
{
    public EIIndexType()
    {
        Name = "EIIndex";
        Description = "Krackhardt and Stern's E-I index by sector: (external - internal) / (external + internal) over ties between nodes of known sector; 1 = every tie crosses sectors, -1 = none does.";
        Field(x => x.External).Description("Cross-sector ties.").Access(FieldAccess.Analysis);
        Field(x => x.Internal).Description("Same-sector ties.").Access(FieldAccess.Analysis);
        Field(x => x.Index, nullable: true).Description("The whole network's index; null when no tie joins two nodes of known sector.").Access(FieldAccess.Analysis);
        Field(x => x.Sectors, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<SectorEIIndexType>>>))
            .Description("Each sector present, in name order (at most one entry per sector, so not paged).")
            .Access(FieldAccess.Analysis);
    }
}
