using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Types;
using CollectiveImpact.Graph.Api.Services;
using CollectiveImpact.Graph.Api.Services.Editing;
using GraphQL;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL;

/// <summary>Editing from the browser (docs/web.md, "Editing"): an entry's history, and undo of one's own last change.</summary>
public static class EditFields
{
    /// <summary>Who makes an edit (the key id or token subject, whose last change undo takes back) and the revision it names.</summary>
    public static EditRequest Edit(this IResolveFieldContext context) =>
        new(context.Caller().PartitionKey, context.GetArgument<string?>("ifRevision"));

    public static void AddEditQueryFields(this Query query, AuditLog audit, NetworkWriter writer)
    {
        query.Field<NonNullGraphType<ViewerType>>("viewer")
            .Description("Who is calling: name, role and (for a partner) organization.")
            .Resolve(context => context.Caller())
            .Access(FieldAccess.Open);

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditEntryType>>>>("history")
            .Description("What changed an entry, who and when, newest first: the audit log's writes that name it (an update lists the fields it changed, from and to; contact data masked).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A node's id (or a tie's end, an indicator of a measurement).")
            .Argument<NonNullGraphType<IntGraphType>>("first", "At most this many, 1–100.", a => a.DefaultValue = 20)
            .Resolve(context =>
            {
                var first = context.GetArgument<int>("first");
                if (first is < 1 or > 100)
                {
                    throw Errors.ApiError.InvalidArgument($"first: {first} is not between 1 and 100.");
                }

                return audit.ForEntry(context.GetArgument<string>("id"), first);
            })
            .Access(FieldAccess.Backbone);

        query.Field<UndoableChangeType>("lastChange")
            .Description("Your last single-entry change that undoLastChange would take back, in words; null when there is none.")
            .Resolve(context => writer.LastEdit(context.Caller().PartitionKey))
            .Access(FieldAccess.Backbone);
    }

    public static void AddEditMutationFields(this Mutation mutation, NetworkWriter writer)
    {
        mutation.Field<NonNullGraphType<UndoResultType>>("undoLastChange")
            .Description("Takes back your last single-entry change (a create, update, delete, tie or measurement of yours): what it changed is written back as it was, a node deleted with its ties returns with them. CONFLICT when someone changed it again since; NOT_FOUND when you have nothing to undo. Each caller's last 20 changes are kept.")
            .ResolveAsync(async context => await writer.UndoLastAsync(context.Caller().PartitionKey, context.CancellationToken))
            .Access(FieldAccess.Backbone);
    }
}
