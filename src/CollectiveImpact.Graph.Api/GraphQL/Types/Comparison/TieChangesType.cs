using CollectiveImpact.Graph.Analytics.Change;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Loaders;
using CollectiveImpact.Graph.Api.GraphQL.Pagination;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Comparison;

public sealed class TieChangesType : ObjectGraphType<TieChanges>
{
    public TieChangesType()
    {
        Name = "TieChanges";
        Description = "Ties added (on to, not on from) or ended (the other way round), keyed by (from, to, type). The counts are for every role; the list holds only ties whose ends the caller may see (no person's tie for a dashboard).";
        Field(x => x.Count).Description("How many.").Access(FieldAccess.Analysis);
        Field(x => x.CrossSector).Description("Of those, how many join two organizations (or their people) of different sectors: cross-sector collaborations.").Access(FieldAccess.Analysis);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TieTypeCountType>>>>("byType").Description("Per tie type that has any.").Resolve(c => c.Source.ByType).Access(FieldAccess.Analysis);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectorPairCountType>>>>("bySectorPair").Description("Per pair of sectors that has any.").Resolve(c => c.Source.BySectorPair).Access(FieldAccess.Analysis);
        Connection<ComparedTieType>("ties")
            .Description("The ties, by type, then from, then to; paged.")
            .Resolve(context =>
            {
                var caller = context.Caller();
                var visible = context.Source.Ties.Where(t => ComparedVisibility.CanSee(caller, t)).ToList();
                return Connections.FromList(visible, context.Page());
            })
            .Access(FieldAccess.Analysis);
    }
}
