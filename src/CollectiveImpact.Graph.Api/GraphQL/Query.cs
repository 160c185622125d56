using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Loaders;
using CollectiveImpact.Graph.Api.GraphQL.Pagination;
using CollectiveImpact.Graph.Api.GraphQL.Scalars;
using CollectiveImpact.Graph.Api.GraphQL.Types;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using CollectiveImpact.Graph.Api.Services;
using CollectiveImpact.Graph.Api.Services.Reviews;
using CollectiveImpact.Graph.Api.Services.Snapshots;
using CollectiveImpact.Graph.Api.Services.Editing;
using CollectiveImpact.Graph.Api.Services.Surveys;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;
using GraphQL;
using GraphQL.Types;
using DomainTieType = CollectiveImpact.Graph.Store.Domain.TieType;

namespace CollectiveImpact.Graph.Api.GraphQL;

/// <summary>
/// The read side. Top-level lists are paged by the store (keyset, id order); filter arguments take lists and match
/// any of their values (a single value is a list of one), and every filter given must hold.
/// </summary>
/// <remarks>
/// Built once with the singleton schema, so only singleton services come in through the constructor; the request's
/// scoped services (the analysis runner, the loaders) are taken per resolve.
/// </remarks>
public sealed class Query : ObjectGraphType
{
    private const string NodeAsOf =
        "The node as of this date: null when it does not count on it (network-format.md, Time). Omitted: as stored, whatever its dates.";

    private const string ListAsOf =
        "Only what counts on this date (network-format.md, Time: the network as of it). Omitted: every stored entry, with its dates, as the backbone edits them.";

    public Query(INetworkStore store, NetworkExporter exporter, NetworkMapService map, AsOfLists asOfLists, ApiKeyStore keys, AuditLog audit, SnapshotService snapshots, FindingReviewStore reviews, SurveyService surveys, NetworkWriter writer, ProposalService proposals)
    {
        Name = "Query";
        Description = "Reads of the stored network.";

        Field<NonNullGraphType<LongGraphType>>("networkVersion")
            .Description("The network version: 0 before anything was stored, then one more for every write. Cache keys carry it.")
            .ResolveAsync(async context => await store.GetVersionAsync(context.CancellationToken))
            .Access(FieldAccess.Open);

        Field<InitiativeType>("initiative")
            .Description("The initiative itself; null until a document with one is imported.")
            .ResolveAsync(async context => await store.GetInitiativeAsync(context.CancellationToken))
            .Access(FieldAccess.Open);

        Field<NetworkNodeInterface>("node")
            .Description("The node with this id, of any kind; null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The node's id.")
            .Argument<CalendarDateGraphType>(AsOfArgument.Name, NodeAsOf)
            .Resolve(context => context.AsOf() is { } asOf
                ? new LoaderResult<INetworkNode?>(async token => (await asOfLists.NodesAsync([context.GetArgument<string>("id")], asOf, token))[0])
                : context.LoadNode<INetworkNode>(context.GetArgument<string>("id")))
            .Access(FieldAccess.Open);

        Field<NonNullGraphType<ListGraphType<NetworkNodeInterface>>>("nodes")
            .Description("The nodes with these ids, in the order asked; null where an id names nothing.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "The nodes' ids.")
            .Argument<CalendarDateGraphType>(AsOfArgument.Name, NodeAsOf)
            .Resolve(context =>
            {
                var ids = context.GetArgument<List<string>>("ids");
                if (context.AsOf() is { } asOf)
                {
                    return new LoaderResult<IReadOnlyList<INetworkNode?>>(token => asOfLists.NodesAsync(ids, asOf, token));
                }

                return context.Loaders().Nodes.LoadMany(ids).Then(found =>
                {
                    var byId = found.ToDictionary(n => n.Id, StringComparer.Ordinal);
                    return (IReadOnlyList<INetworkNode?>)ids.Select(id => byId.GetValueOrDefault(id)).ToList();
                });
            })
            .Access(FieldAccess.Open);

        Connection<GoalType>("goals")
            .Description("The goals of the common agenda, in id order.")
            .Argument<StringGraphType>("search", "Only goals whose name contains this (case-insensitive).")
            .ResolveAsync(async context => Connections.FromPage(await store.ListGoalsAsync(
                new GoalFilter(context.GetArgument<string?>("search")), context.Page().ToPageRequest(), context.CancellationToken)))
            .Access(FieldAccess.Open);

        Connection<IndicatorType>("indicators")
            .Description("The shared measures, in id order.")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("goal", "Only indicators measuring any of these goals.")
            .Argument<StringGraphType>("search", "Only indicators whose name contains this (case-insensitive).")
            .ResolveAsync(async context => Connections.FromPage(await store.ListIndicatorsAsync(
                new IndicatorFilter(context.GetArgument<List<string>?>("goal"), context.GetArgument<string?>("search")),
                context.Page().ToPageRequest(), context.CancellationToken)))
            .Access(FieldAccess.Open);

        Connection<OrganizationType>("organizations")
            .Description("The partner organizations, in id order.")
            .Argument<ListGraphType<NonNullGraphType<SectorEnumType>>>("sector", "Only organizations in any of these sectors.")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("goal", "Only organizations committed to any of these goals.")
            .Argument<BooleanGraphType>("communityLed", "Only community-led organizations (true) or only the others (false).")
            .Argument<StringGraphType>("search", "Only organizations whose name contains this (case-insensitive).")
            .Argument<CalendarDateGraphType>(AsOfArgument.Name, ListAsOf)
            .ResolveAsync(async context =>
            {
                var filter = new OrganizationFilter(
                    context.GetArgument<List<Sector>?>("sector"),
                    context.GetArgument<List<string>?>("goal"),
                    context.GetArgument<bool?>("communityLed"),
                    context.GetArgument<string?>("search"));
                var page = context.Page().ToPageRequest();
                return Connections.FromPage(context.AsOf() is { } asOf
                    ? await asOfLists.OrganizationsAsync(filter, page, asOf, context.CancellationToken)
                    : await store.ListOrganizationsAsync(filter, page, context.CancellationToken));
            })
            .Access(FieldAccess.Open);

        Connection<PersonType>("people")
            .Description("The people in the network, in id order. A partner gets only its own organization's people.")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("organization", "Only members of any of these organizations.")
            .Argument<StringGraphType>("search", "Only people whose name contains this (case-insensitive).")
            .Argument<CalendarDateGraphType>(AsOfArgument.Name, ListAsOf + " A person whose organization does not count on the date has none then.")
            .ResolveAsync(async context =>
            {
                var page = context.Page();
                var organizations = context.GetArgument<List<string>?>("organization");
                if (PersonVisibility.PartnerOrganization(context.Caller()) is { } own)
                {
                    // A partner's list is its own organization's people, whatever else it asked for.
                    if (organizations is not null && !organizations.Contains(own))
                    {
                        return Connections.Build(Array.Empty<Person>(), p => p.Id, hasNextPage: false, totalCount: 0);
                    }

                    organizations = [own];
                }

                var filter = new PersonFilter(organizations, context.GetArgument<string?>("search"));
                return Connections.FromPage(context.AsOf() is { } asOf
                    ? await asOfLists.PeopleAsync(filter, page.ToPageRequest(), asOf, context.CancellationToken)
                    : await store.ListPeopleAsync(filter, page.ToPageRequest(), context.CancellationToken));
            })
            .Access(FieldAccess.People);

        Connection<ActivityType>("activities")
            .Description("The activities, in id order.")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("goal", "Only activities moving an indicator of any of these goals.")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("indicator", "Only activities moving any of these indicators.")
            .Argument<ListGraphType<NonNullGraphType<ActivityStatusEnumType>>>("status", "Only activities with any of these statuses.")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("organization", "Only activities led or partnered by any of these organizations.")
            .Argument<StringGraphType>("search", "Only activities whose name contains this (case-insensitive).")
            .Argument<CalendarDateGraphType>(AsOfArgument.Name, ListAsOf)
            .ResolveAsync(async context =>
            {
                var filter = new ActivityFilter(
                    context.GetArgument<List<string>?>("goal"),
                    context.GetArgument<List<string>?>("indicator"),
                    context.GetArgument<List<ActivityStatus>?>("status"),
                    context.GetArgument<List<string>?>("organization"),
                    context.GetArgument<string?>("search"));
                var page = context.Page().ToPageRequest();
                return Connections.FromPage(context.AsOf() is { } asOf
                    ? await asOfLists.ActivitiesAsync(filter, page, asOf, context.CancellationToken)
                    : await store.ListActivitiesAsync(filter, page, context.CancellationToken));
            })
            .Access(FieldAccess.Open);

        Connection<Types.TieType>("ties")
            .Description("The ties, in key order (from, to, type).")
            .Argument<ListGraphType<NonNullGraphType<TieTypeEnumType>>>("type", "Only ties of any of these types.")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("node", "Only ties touching any of these nodes, at either end.")
            .Argument<CalendarDateGraphType>(AsOfArgument.Name, ListAsOf)
            .ResolveAsync(async context =>
            {
                var filter = new TieFilter(context.GetArgument<List<DomainTieType>?>("type"), context.GetArgument<List<string>?>("node"));
                var page = context.Page().ToPageRequest();
                return Connections.FromPage(context.AsOf() is { } asOf
                    ? await asOfLists.TiesAsync(filter, page, asOf, context.CancellationToken)
                    : await store.ListTiesAsync(filter, page, context.CancellationToken));
            })
            .Access(FieldAccess.Open);

        Field<NonNullGraphType<NetworkExportType>>("exportNetwork")
            .Description("The whole network as a network document, read at one version.")
            .Argument<CalendarDateGraphType>(AsOfArgument.Name, "The network as of this date (only what counts on it: network-format.md, Time). Omitted: the stored document itself, every entry with its dates, which round-trips byte for byte through importNetwork(mode: REPLACE).")
            .ResolveAsync(async context => await exporter.ExportAsync(context.AsOf(), context.CancellationToken))
            .Access(FieldAccess.Backbone);

        this.AddNetworkMapFields(map);
        this.AddAccessQueryFields(keys, audit);
        this.AddReviewQueryFields(reviews);
        this.AddSurveyQueryFields(surveys);
        this.AddEditQueryFields(audit, writer);
        this.AddProposalQueryFields(proposals);
        this.AddSnapshotQueryFields(snapshots);
        this.AddAnalysisFields();
        this.AddAnalysisJobFields();
        this.AddCollectiveImpactFields();
        this.AddComparisonFields();
    }
}
