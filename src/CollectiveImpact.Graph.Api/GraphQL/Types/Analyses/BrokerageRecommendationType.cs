using CollectiveImpact.Graph.Analytics.Brokerage;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.Services.Reviews;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class BrokerageRecommendationType : ObjectGraphType<BrokerageRecommendation>
{
    public BrokerageRecommendationType()
    {
        Name = "BrokerageRecommendation";
        Description = "Two organizations not yet joined in ORGANIZATIONS that share a goal: an introduction the backbone could make, and why.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("organizationIds").Description("The two organizations' ids.")
            .Resolve(context => new[] { context.Source.OrganizationA, context.Source.OrganizationB })
            .Access(FieldAccess.Analysis);
        this.AddNodeListField<BrokerageRecommendation, OrganizationType>("organizations", x => [x.OrganizationA, x.OrganizationB], "The two organizations.");
        Field(x => x.Score).Description("Rises with what they share (goals, indicators, populations, places) and how far apart they are (no path farthest; different communities count too).").Access(FieldAccess.Analysis);
        Field(x => x.Rank).Description("Its 1-based rank, best first.").Access(FieldAccess.Analysis);
        this.AddNodeListField<BrokerageRecommendation, GoalType>("sharedGoals", x => x.SharedGoals, "The goals both work on (committed to, or through their activities' indicators).");
        this.AddNodeListField<BrokerageRecommendation, IndicatorType>("sharedIndicators", x => x.SharedIndicators, "The indicators both move through their activities.");
        Field(x => x.SharedPopulations).Description("The populations both serve.").Access(FieldAccess.Analysis);
        Field(x => x.SharedPlaces).Description("The places both work in.").Access(FieldAccess.Analysis);
        Field(x => x.Distance, nullable: true).Description("Shortest path between them in ORGANIZATIONS, in steps from organization to organization (a tie, a shared activity or their people's tie is one step); null when no path joins them. shortestPath on FULL counts people and activities as steps too, so it gives other numbers.").Access(FieldAccess.Analysis);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("communities")
            .Description("Their Louvain communities in ORGANIZATIONS (seeded), in the same order as organizations.")
            .Resolve(context => new[] { context.Source.CommunityA, context.Source.CommunityB })
            .Access(FieldAccess.Analysis);
        Field(x => x.BackboneTiedToBoth).Description("True when the backbone already has a tie to both, so it can make the introduction itself.").Access(FieldAccess.Analysis);
        Field(x => x.Message).Description("Who they are, what they share, how far apart they are, and what to do, in a sentence.").Access(FieldAccess.Analysis);
        this.AddReviewFields(FindingKeys.Of, "introduction:a|b, the two organizations' ids in order");
    }
}
