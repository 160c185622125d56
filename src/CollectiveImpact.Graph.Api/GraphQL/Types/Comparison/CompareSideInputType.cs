using CollectiveImpact.Graph.Api.GraphQL.Scalars;
using CollectiveImpact.Graph.Api.Services.Comparison;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Comparison;

public sealed class CompareSideInputType : InputObjectGraphType<CompareSide>
{
    public CompareSideInputType()
    {
        Name = "CompareSide";
        Description = "One side of a comparison: a date (the network as stored now, as of that date), or a snapshot by name (its network as of the day it was taken, or as of date when both are given).";
        Field(x => x.Date, type: typeof(CalendarDateGraphType)).Description("A date (YYYY-MM-DD): the network as of it (network-format.md, Time). With snapshot: the snapshot as of this date.");
        Field(x => x.Snapshot, nullable: true).Description("A snapshot's name (ignoring case); NOT_FOUND when none has it.");
    }
}
