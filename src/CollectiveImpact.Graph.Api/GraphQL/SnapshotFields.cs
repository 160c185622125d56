using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Types;
using CollectiveImpact.Graph.Api.Services.Snapshots;
using GraphQL;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL;

/// <summary>Snapshots of the network (list, export, create, delete), kept beside <see cref="Query"/> and <see cref="Mutation"/>.</summary>
public static class SnapshotFields
{
    public static void AddSnapshotQueryFields(this Query query, SnapshotService snapshots)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SnapshotType>>>>("snapshots")
            .Description("Every snapshot of the network, oldest first.")
            .ResolveAsync(async context => await snapshots.ListAsync(context.CancellationToken))
            .Access(FieldAccess.Open);

        query.Field<NonNullGraphType<NetworkExportType>>("exportSnapshot")
            .Description("A snapshot's network document: byte for byte what exportNetwork gave at the version it froze. NOT_FOUND when no snapshot has this name.")
            .Argument<NonNullGraphType<StringGraphType>>("name", "The snapshot's name (ignoring case).")
            .ResolveAsync(async context => await snapshots.ExportAsync(context.GetArgument<string>("name"), context.CancellationToken))
            .Access(FieldAccess.Backbone);
    }

    public static void AddSnapshotMutationFields(this Mutation mutation, SnapshotService snapshots)
    {
        mutation.Field<NonNullGraphType<SnapshotType>>("createSnapshot")
            .Description("Freezes the network as stored now under a name: 1 to 80 letters, digits, spaces and - _ . , : ' ( ) # & /, starting with a letter or digit, unique ignoring case. Refused (INVALID_ARGUMENT) beyond Snapshots:MaxCount snapshots or Snapshots:MaxDocumentBytes.")
            .Argument<NonNullGraphType<StringGraphType>>("name", "The snapshot's name, e.g. Baseline 2024.")
            .ResolveAsync(async context => await snapshots.CreateAsync(
                context.GetArgument<string>("name"), context.Caller().Name, context.CancellationToken))
            .Access(FieldAccess.Backbone);

        mutation.Field<NonNullGraphType<SnapshotType>>("deleteSnapshot")
            .Description("Deletes a snapshot and answers what it was; NOT_FOUND when no snapshot has this name.")
            .Argument<NonNullGraphType<StringGraphType>>("name", "The snapshot's name (ignoring case).")
            .ResolveAsync(async context => await snapshots.DeleteAsync(context.GetArgument<string>("name"), context.CancellationToken))
            .Access(FieldAccess.Backbone);
    }
}
