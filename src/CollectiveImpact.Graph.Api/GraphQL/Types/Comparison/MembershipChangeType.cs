using CollectiveImpact.Graph.Analytics.Change;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Comparison;

public sealed class MembershipChangeType : ObjectGraphType<MembershipChange>
{
    public MembershipChangeType()
    {
        Name = "MembershipChange";
        Description = "Who joined and who left, of one kind, between the two sides. The counts are for every role; the lists hold only the people the caller may see (none for a dashboard).";
        Field(x => x.Before).Description("How many counted on the from side.").Access(FieldAccess.Analysis);
        Field(x => x.After).Description("How many count on the to side.").Access(FieldAccess.Analysis);
        Field<NonNullGraphType<IntGraphType>>("joinedCount").Description("How many joined (on to, not on from).").Resolve(c => c.Source.Joined.Count).Access(FieldAccess.Analysis);
        Field<NonNullGraphType<IntGraphType>>("leftCount").Description("How many left (on from, not on to).").Resolve(c => c.Source.Left.Count).Access(FieldAccess.Analysis);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ComparedNodeType>>>>("joined")
            .Description("Those who joined, by id, as the to side holds them (people: only those the caller may see).")
            .Resolve(c => c.Source.Joined.Where(n => ComparedVisibility.CanSee(c.Caller(), n)).ToList())
            .Access(FieldAccess.Analysis);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ComparedNodeType>>>>("left")
            .Description("Those who left, by id, as the from side held them (people: only those the caller may see).")
            .Resolve(c => c.Source.Left.Where(n => ComparedVisibility.CanSee(c.Caller(), n)).ToList())
            .Access(FieldAccess.Analysis);
    }
}
