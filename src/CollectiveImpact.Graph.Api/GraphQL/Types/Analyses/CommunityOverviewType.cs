using CollectiveImpact.Graph.Analytics.Communities;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using CollectiveImpact.Graph.Api.Services.Analyses;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class CommunityOverviewType : ObjectGraphType<AnalysisRun<CommunityOverview>>
{
    public CommunityOverviewType()
    {
        Name = "CommunityOverview";
        Description = "The communities of a projection as a map of who works with whom: each named from what its organizations share, with its make-up, and the ties between communities (analyses.md, Community overview).";
        this.AddRunFields<CommunityOverview, CommunityOverviewParametersType>();
        Field("modularity", x => AnalysisArguments.Defined(x.Result.Partition.Modularity), nullable: true).Description("Newman's modularity Q of the partition; null for a graph without edges.").Access(FieldAccess.Analysis);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommunityProfileType>>>>("communities")
            .Description("Every community, largest first (the order and indexes of communities with the same arguments).")
            .Resolve(context => context.Source.Result.Communities)
            .Access(FieldAccess.Analysis);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommunityLinkType>>>>("links")
            .Description($"Pairs of communities joined by edges, heaviest first (then more edges, then indexes); at most {CommunityOverviews.MaxLinks}.")
            .Resolve(context => context.Source.Result.Links)
            .Access(FieldAccess.Analysis);
        Field("linkCount", x => x.Result.LinkCount).Description("How many pairs of communities are joined in all (more than links holds when it is cut).").Access(FieldAccess.Analysis);
    }
}

public sealed class CommunityOverviewParametersType : ObjectGraphType<CommunityOverviewAnalysis>
{
    public CommunityOverviewParametersType()
    {
        Name = "CommunityOverviewParameters";
        Description = "The parameters a community overview ran with.";
        Field(x => x.Projection, type: typeof(NonNullGraphType<ProjectionEnumType>)).Description("The projection.").Access(FieldAccess.Analysis);
        Field(x => x.Seed).Description("The seed of Louvain's node-order shuffles.").Access(FieldAccess.Analysis);
    }
}

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

public sealed class CommunityGoalType : ObjectGraphType<CommunityGoal>
{
    public CommunityGoalType()
    {
        Name = "CommunityGoal";
        Description = "A goal a community's organizations serve (committed to, or reached through their activities' indicators).";
        Field("goalId", x => x.Goal, type: typeof(NonNullGraphType<IdGraphType>)).Description("The goal's id.").Access(FieldAccess.Analysis);
        Field(x => x.Name).Description("The goal's name.").Access(FieldAccess.Analysis);
        Field(x => x.Count).Description("How many of the community's organizations serve it.").Access(FieldAccess.Analysis);
        Field(x => x.Share).Description("That count over the community's organizations (0-1).").Access(FieldAccess.Analysis);
        Field(x => x.Lift).Description("Share in the community over share among all organizations: above 1 it is more common here than overall.").Access(FieldAccess.Analysis);
        Field(x => x.Member).Description("True when the goal itself is a member of the community (FULL).").Access(FieldAccess.Analysis);
    }
}

public sealed class CommunityShareType : ObjectGraphType<CommunityShare>
{
    public CommunityShareType()
    {
        Name = "CommunityShare";
        Description = "A sector or place among a community's organizations.";
        Field(x => x.Value).Description("The sector (NONPROFIT, HEALTH, …) or the place.").Access(FieldAccess.Analysis);
        Field(x => x.Count).Description("How many of the community's organizations have it.").Access(FieldAccess.Analysis);
        Field(x => x.Share).Description("That count over the community's organizations (0-1).").Access(FieldAccess.Analysis);
        Field(x => x.Lift).Description("Share in the community over share among all organizations.").Access(FieldAccess.Analysis);
    }
}

public sealed class CommunityKindCountType : ObjectGraphType<KeyValuePair<string, int>>
{
    public CommunityKindCountType()
    {
        Name = "CommunityKindCount";
        Description = "How many members of one kind a community has.";
        Field<NonNullGraphType<StringGraphType>>("kind").Description("GOAL, INDICATOR, ORGANIZATION, PERSON or ACTIVITY.").Resolve(context => context.Source.Key).Access(FieldAccess.Analysis);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many.").Resolve(context => context.Source.Value).Access(FieldAccess.Analysis);
    }
}

public sealed class CommunityLinkType : ObjectGraphType<CommunityLink>
{
    public CommunityLinkType()
    {
        Name = "CommunityLink";
        Description = "Two communities joined by edges of the projection.";
        Field(x => x.From).Description("The smaller community index.").Access(FieldAccess.Analysis);
        Field(x => x.To).Description("The larger community index.").Access(FieldAccess.Analysis);
        Field(x => x.EdgeCount).Description("How many edges join them.").Access(FieldAccess.Analysis);
        Field(x => x.Weight).Description("The edges' total weight.").Access(FieldAccess.Analysis);
    }
}
