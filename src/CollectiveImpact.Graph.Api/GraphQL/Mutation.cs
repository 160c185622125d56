using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Inputs;
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
/// The write side. Every mutation is one validated, atomic store write: a refused one fails with INVALID_INPUT
/// (every problem in <c>extensions.problems</c>) and changes nothing. Updates take the whole entry (the same input
/// as create) and replace it, so an omitted optional field is cleared; read, change, write back.
/// </summary>
public sealed class Mutation : ObjectGraphType
{
    private const string IfRevision =
        "The revision the change was made from (the entry's revision field when the form was opened): when the entry changed since, nothing is written and the answer is CONFLICT with extensions.currentRevision. Omitted: the change is made whatever the entry is now.";

    public Mutation(NetworkWriter writer, ApiKeyStore keys, SnapshotService snapshots, FindingReviewStore reviews, SurveyService surveys, ProposalService proposals)
    {
        Name = "Mutation";
        Description = "Writes to the stored network; each is validated like an import and bumps the network version.";

        Field<NonNullGraphType<ImportResultType>>("importNetwork")
            .Description("Imports a network document. With Snapshots:BeforeReplaceImport on, a REPLACE that passes its checks first takes a snapshot of the network it replaces. When it has problems, they are listed (paths into the document; the first Import:MaxProblems, with the total in extensions.problemCount) and nothing is written. With dryRun it is checked the same way and answers what it would add, change and remove, writing nothing.")
            .Argument<NonNullGraphType<JsonGraphType>>("document", "The network document (format collective-impact-network/1), as a JSON object; a string is read as the document's JSON text.")
            .Argument<NonNullGraphType<ImportModeEnumType>>("mode", "MERGE into the stored network (the default) or REPLACE it.", a => a.DefaultValue = ChangeMode.Merge)
            .Argument<NonNullGraphType<BooleanGraphType>>("dryRun", "Check the document and answer what the import would do, without writing anything (the network version stays as it is).", a => a.DefaultValue = false)
            .ResolveAsync(async context => await writer.ImportAsync(
                JsonGraphType.ToUtf8(context.GetArgument<object>("document")),
                context.GetArgument<ChangeMode>("mode"),
                context.GetArgument<bool>("dryRun"),
                context.CancellationToken,
                context.Caller().Name))
            .Access(FieldAccess.Backbone);

        this.AddAnalysisJobMutations();

        AddNodeMutations<Goal, GoalType, GoalInputType>(writer, NodeKind.Goal);
        AddNodeMutations<Indicator, IndicatorType, IndicatorInputType>(writer, NodeKind.Indicator);
        AddNodeMutations<Organization, OrganizationType, OrganizationInputType>(writer, NodeKind.Organization);
        AddNodeMutations<Person, PersonType, PersonInputType>(writer, NodeKind.Person);
        AddNodeMutations<Activity, ActivityType, ActivityInputType>(writer, NodeKind.Activity);

        Field<NonNullGraphType<MutationPayloadType<Tie, Types.TieType>>>("addTie")
            .Description("Adds a tie, or replaces the one with the same ends and type. Its ends must suit its type.")
            .Argument<NonNullGraphType<TieInputType>>("input", "The tie.")
            .Argument<StringGraphType>("ifRevision", IfRevision)
            .ResolveAsync(async context => await writer.AddTieAsync(context.GetArgument<Tie>("input"), context.CancellationToken, context.Edit()))
            .Access(FieldAccess.Backbone);

        Field<NonNullGraphType<WriteResultType>>("removeTie")
            .Description("Removes a tie; NOT_FOUND when there is none. Undirected ties match with their ends in either order.")
            .Argument<NonNullGraphType<IdGraphType>>("from", "One end.")
            .Argument<NonNullGraphType<IdGraphType>>("to", "The other end.")
            .Argument<NonNullGraphType<TieTypeEnumType>>("type", "The tie's type.")
            .Argument<StringGraphType>("ifRevision", IfRevision)
            .ResolveAsync(async context => await writer.RemoveTieAsync(
                TieKey.Of(context.GetArgument<string>("from"), context.GetArgument<string>("to"), context.GetArgument<DomainTieType>("type")),
                context.CancellationToken, context.Edit()))
            .Access(FieldAccess.Backbone);

        Field<NonNullGraphType<MutationPayloadType<Measurement, MeasurementType>>>("recordMeasurement")
            .Description("Records a measurement, or replaces the one of the same indicator and date.")
            .Argument<NonNullGraphType<MeasurementInputType>>("input", "The measurement.")
            .Argument<StringGraphType>("ifRevision", IfRevision)
            .ResolveAsync(async context => await writer.RecordMeasurementAsync(
                context.GetArgument<Measurement>("input"), context.CancellationToken, context.Edit()))
            .Access(FieldAccess.Backbone);

        Field<NonNullGraphType<WriteResultType>>("removeMeasurement")
            .Description("Removes an indicator's measurement of a date; NOT_FOUND when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("indicator", "The indicator's id.")
            .Argument<NonNullGraphType<CalendarDateGraphType>>("date", "The measurement's date.")
            .Argument<StringGraphType>("ifRevision", IfRevision)
            .ResolveAsync(async context => await writer.RemoveMeasurementAsync(
                new MeasurementKey(context.GetArgument<string>("indicator"), context.GetArgument<DateOnly>("date")), context.CancellationToken, context.Edit()))
            .Access(FieldAccess.Backbone);

        this.AddAccessMutationFields(keys);
        this.AddReviewMutationFields(reviews);
        this.AddSurveyMutationFields(surveys);
        this.AddSnapshotMutationFields(snapshots);
        this.AddEditMutationFields(writer);
        this.AddProposalMutationFields(proposals);
    }

    /// <summary><c>createGoal</c>, <c>updateGoal</c>, <c>deleteGoal</c> and the same for every other node kind.</summary>
    private void AddNodeMutations<TNode, TNodeType, TInputType>(NetworkWriter writer, NodeKind kind)
        where TNode : INetworkNode
        where TNodeType : IGraphType
        where TInputType : IGraphType
    {
        var name = kind.ToString();
        var noun = name.ToLowerInvariant();

        Field<NonNullGraphType<MutationPayloadType<TNode, TNodeType>>>("create" + name)
            .Description($"Creates a {noun}. Its id must be new across every kind; its references must name existing nodes.")
            .Argument<NonNullGraphType<TInputType>>("input", $"The new {noun}.")
            .ResolveAsync(async context => await writer.CreateAsync(context.GetArgument<TNode>("input"), context.CancellationToken, context.Edit()))
            .Access(FieldAccess.Backbone);

        Field<NonNullGraphType<MutationPayloadType<TNode, TNodeType>>>("update" + name)
            .Description($"Replaces a {noun} whole (omitted optional fields are cleared); NOT_FOUND when no {noun} has its id.")
            .Argument<NonNullGraphType<TInputType>>("input", $"The {noun} as it should be.")
            .Argument<StringGraphType>("ifRevision", IfRevision)
            .ResolveAsync(async context => await writer.UpdateAsync(context.GetArgument<TNode>("input"), context.CancellationToken, context.Edit()))
            .Access(FieldAccess.Backbone);

        Field<NonNullGraphType<WriteResultType>>("delete" + name)
            .Description($"Deletes a {noun} with the ties touching it; refused while anything else still refers to it.")
            .Argument<NonNullGraphType<IdGraphType>>("id", $"The {noun}'s id.")
            .Argument<StringGraphType>("ifRevision", IfRevision)
            .ResolveAsync(async context => await writer.DeleteAsync(kind, context.GetArgument<string>("id"), context.CancellationToken, context.Edit()))
            .Access(FieldAccess.Backbone);
    }
}
