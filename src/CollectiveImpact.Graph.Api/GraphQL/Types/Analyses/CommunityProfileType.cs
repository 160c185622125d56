using CollectiveImpact.Graph.Analytics.Communities;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class CommunityProfileType : ObjectGraphType<CommunityProfile>
{
    public CommunityProfileType()
    {
        Name = "CommunityProfile";
        Description = "One community described: its name and what sets its organizations apart from the network's.";
        Field(x => x.Index).Description("Its index in communities (0 = largest).").Access(FieldAccess.Analysis);
        Field(x => x.Name).Description("A short name from its first goal listed, its sector when at least half its organizations share one that is rarer elsewhere, and its first place listed, joined by ' · '; ', around' its best-connected organization when it names no goal; otherwise that organization 'and n others'. Never a person's name; distinct within the overview (', around …' or ' (2)' added).").Access(FieldAccess.Analysis);
        Field(x => x.Size).Description("How many nodes it has.").Access(FieldAccess.Analysis);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("organizationIds")
            .Description("The organizations it stands for: its organization members, or when it has none, its people's organizations and its activities' leads; in id order.")
            .Resolve(context => context.Source.Organizations)
            .Access(FieldAccess.Analysis);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommunityGoalType>>>>("goals")
            .Description("Goals its organizations serve more than the network's do (lift at least 1.25, at least two of them), goals that are members first; at most 3.")
            .Resolve(context => context.Source.Goals)
            .Access(FieldAccess.Analysis);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommunityShareType>>>>("sectors")
            .Description("Its organizations' sectors, most common first.")
            .Resolve(context => context.Source.Sectors)
            .Access(FieldAccess.Analysis);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommunityShareType>>>>("places")
            .Description("Places its organizations' activities work in more than the network's do (lift at least 1.25, at least two organizations); at most 3.")
            .Resolve(context => context.Source.Places)
            .Access(FieldAccess.Analysis);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommunityKindCountType>>>>("kinds")
            .Description("Its members by kind (kinds with none left out).")
            .Resolve(context => context.Source.KindCounts.ToList())
            .Access(FieldAccess.Analysis);
        Field(x => x.InternalEdges).Description("Edges with both ends in it.").Access(FieldAccess.Analysis);
        Field(x => x.InternalWeight).Description("Their total weight.").Access(FieldAccess.Analysis);
        Field<IdGraphType>("anchorId")
            .Description("Its best-connected organization (most edges in the projection, then id), or its best-connected member that is not a person; null when it holds only people.")
            .Resolve(context => context.Source.Anchor)
            .Access(FieldAccess.Analysis);
    }
}
