using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Loaders;
using CollectiveImpact.Graph.Api.GraphQL.Pagination;
using CollectiveImpact.Graph.Api.GraphQL.Scalars;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using CollectiveImpact.Graph.Store.Domain;
using GraphQL.Builders;
using GraphQL.Types;
using DomainTieType = CollectiveImpact.Graph.Store.Domain.TieType;

namespace CollectiveImpact.Graph.Api.GraphQL.Types;

public sealed class ActivityType : ObjectGraphType<Activity>
{
    public ActivityType()
    {
        Name = "Activity";
        Description = "Something partners do together: led by one organization, moving some indicators.";
        this.AddNodeFields(NodeKind.Activity);
        Field(x => x.Status, type: typeof(ActivityStatusEnumType)).Description("Planned, active or completed.").Access(FieldAccess.Open);
        Field(x => x.Start, type: typeof(CalendarDateGraphType)).Description("When it started.").Access(FieldAccess.Open);
        Field(x => x.End, type: typeof(CalendarDateGraphType)).Description("When it ended or ends.").Access(FieldAccess.Open);
        Field(x => x.Populations).Description("The populations it serves (free-form tags such as children-3-5).").Access(FieldAccess.Open);
        Field(x => x.Places).Description("The places it works in (free-form tags).").Access(FieldAccess.Open);
        Field<NonNullGraphType<OrganizationType>>("lead")
            .Description("The organization leading it.")
            .Resolve(context => context.LoadNode<Organization>(context.Source.Lead))
            .Access(FieldAccess.Open);
        Connection<OrganizationType>("partners")
            .Description("Its partner organizations (besides the lead), in id order.")
            .Resolve(context => context.LoadNodes<Organization>(context.Source.Partners))
            .Access(FieldAccess.Open);
        Connection<IndicatorType>("indicators")
            .Description("The indicators it moves, in id order. None means the activity is off the common agenda.")
            .Resolve(context => context.LoadNodes<Indicator>(context.Source.Indicators))
            .Access(FieldAccess.Open);
        Connection<ActivityType>("feedsInto")
            .Description("The activities whose inputs are this one's outputs (FEEDS_INTO ties from it), in id order.")
            .Resolve(context => FedActivities(context, from: true))
            .Access(FieldAccess.Open);
        Connection<ActivityType>("fedBy")
            .Description("The activities whose outputs are this one's inputs (FEEDS_INTO ties to it), in id order.")
            .Resolve(context => FedActivities(context, from: false))
            .Access(FieldAccess.Open);
        this.AddTies(FieldAccess.Open);
    }

    private static object FedActivities(IResolveConnectionContext<Activity> context, bool from)
    {
        var id = context.Source.Id;
        var page = context.Page();
        var loaders = context.Loaders();
        return loaders.TiesByNode.Load(id).ThenLoad(ties =>
        {
            var others = (ties ?? [])
                .Where(t => t.Type == DomainTieType.FeedsInto && (from ? t.From == id : t.To == id))
                .Select(t => from ? t.To : t.From);
            var (pageIds, hasNextPage, totalCount) = Connections.SliceIds(others, page);
            return loaders.Nodes.LoadMany(pageIds).Then(nodes =>
                Connections.Build(nodes.OfType<Activity>().ToList(), a => a.Id, hasNextPage, totalCount));
        });
    }
}
