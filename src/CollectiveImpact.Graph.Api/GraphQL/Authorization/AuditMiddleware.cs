using System.Text.Json.Nodes;
using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.GraphQL.Errors;
using CollectiveImpact.Graph.Api.Services;
using CollectiveImpact.Graph.Api.Services.Errors;
using CollectiveImpact.Graph.Api.Services.Surveys;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;
using CollectiveImpact.Graph.Store.Surveys;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Instrumentation;

namespace CollectiveImpact.Graph.Api.GraphQL.Authorization;

/// <summary>
/// Records every root mutation field in the <see cref="AuditLog"/>, whether it succeeded or was refused: who, which
/// mutation, the ids it named, the counts it wrote, the network version before and after. Sits on the fields, not
/// in the writer, so a mutation added later is recorded without anyone remembering to.
/// </summary>
public sealed class AuditMiddleware(AuditLog audit, INetworkStore store) : IFieldMiddleware
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context, FieldMiddlewareDelegate next)
    {
        if (!ReferenceEquals(context.ParentType, context.Schema.Mutation))
        {
            return await next(context);
        }

        var caller = context.Caller();
        var changes = Arguments(context);
        var before = await store.GetVersionAsync(context.CancellationToken);
        try
        {
            var result = await next(context);
            long? after = result switch
            {
                // A dry run is recorded too (who looked at what an import would do), with the version it left as it was.
                ImportResult { DryRun: true } => null,
                ImportResult import => import.Version,
                WriteResult write => write.Version,
                SurveyApplyResult { DryRun: false } apply => apply.Version,
                Services.Editing.UndoResult undone => undone.Version,
                IMutationPayload payload => payload.Version,
                _ => null,
            };
            Describe(result, changes);
            audit.Record(caller, context.FieldDefinition.Name, "OK", changes, after is null ? before : after - 1, after ?? before);
            return result;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var code = ex switch
            {
                ApiError { Code: { } own } => own,
                ServiceProblem problem => ApiError.From(problem).Code ?? ErrorCodes.Internal,
                _ => ErrorCodes.Internal,
            };
            audit.Record(caller, context.FieldDefinition.Name, code, changes, before, null);
            throw;
        }
    }

    /// <summary>
    /// The ids the arguments name, never their content (a person's email must not end up in the log), and no bulk
    /// (an import's document is left out; its counts are recorded from the result).
    /// </summary>
    private static JsonObject Arguments(IResolveFieldContext context)
    {
        var changes = new JsonObject();
        foreach (var (name, value) in context.Arguments ?? new Dictionary<string, ArgumentValue>())
        {
            JsonNode? node = value.Value switch
            {
                // Bulk and free text stay out: a partner's survey answers are theirs (docs/survey.md), only their count is kept.
                _ when name is "document" or "openAnswer" => null,
                System.Collections.IEnumerable answers when name == "answers" => JsonValue.Create(answers.Cast<object?>().Count()),
                INetworkNode entry => new JsonObject { ["id"] = entry.Id },
                Tie tie => new JsonObject { ["from"] = tie.From, ["to"] = tie.To, ["type"] = tie.Type.ToString() },
                Measurement measurement => new JsonObject { ["indicator"] = measurement.Indicator, ["date"] = measurement.Date.ToString("yyyy-MM-dd") },
                bool flag => JsonValue.Create(flag),
                string or Enum or long or int => JsonValue.Create(value.Value.ToString()),
                DateOnly date => JsonValue.Create(date.ToString("yyyy-MM-dd")),
                _ => null,
            };
            if (node is not null)
            {
                changes[name] = node;
            }
        }

        return changes;
    }

    private static void Describe(object? result, JsonObject changes)
    {
        switch (result)
        {
            case ImportResult import:
                changes["written"] = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(import.Written, System.Text.Json.JsonSerializerOptions.Web));
                changes["deleted"] = import.Deleted;
                if (import.Warnings.Count > 0)
                {
                    changes["warnings"] = new JsonArray([.. import.Warnings.Select(w => JsonValue.Create(w.Code))]);
                }

                break;
            case WriteResult write:
                changes["written"] = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(write.Written, System.Text.Json.JsonSerializerOptions.Web));
                changes["deleted"] = write.Deleted;
                break;
            case SnapshotInfo snapshot:
                changes["snapshot"] = snapshot.Name;
                changes["networkVersion"] = snapshot.NetworkVersion;
                break;
            case CreatedApiKey created:
                changes["keyId"] = created.Key.Id;
                break;
            case ApiKey key:
                changes["keyId"] = key.Id;
                break;
            case CreatedSurveyRound created:
                changes["round"] = created.Round.Id;
                changes["links"] = created.Links.Count;
                break;
            case SurveyLink link:
                changes["keyId"] = link.Key.Id;
                break;
            case IMutationPayload { Changes: { Count: > 0 } fields }:
                // What an update changed, from and to, for the entry's history; contact data only as "changed".
                changes["fields"] = new JsonObject(fields.Select(f => KeyValuePair.Create<string, JsonNode?>(f.Field, new JsonObject
                {
                    ["from"] = Value(f.Field, f.From),
                    ["to"] = Value(f.Field, f.To),
                })));
                break;
            case Services.Editing.UndoResult undone:
                changes["undone"] = undone.Undone;
                changes["ids"] = new JsonArray([.. undone.Ids.Select(id => JsonValue.Create(id))]);
                break;
            case SurveyResponse response:
                changes["submitted"] = response.IsSubmitted;
                break;
            case SurveyApplyResult apply:
                changes["added"] = apply.Added.Count;
                changes["updated"] = apply.Updated.Count;
                changes["snapshot"] = apply.Snapshot;
                break;
        }
    }

    private static JsonNode? Value(string field, string? json) =>
        json is null ? null : field == "email" ? JsonValue.Create("(an address)") : JsonNode.Parse(json);
}
