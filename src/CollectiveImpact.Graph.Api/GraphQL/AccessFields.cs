using System.Globalization;
using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Errors;
using CollectiveImpact.Graph.Api.GraphQL.Loaders;
using CollectiveImpact.Graph.Api.GraphQL.Pagination;
using CollectiveImpact.Graph.Api.GraphQL.Types;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using GraphQL;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL;

/// <summary>The backbone's fields for keys and the audit log, kept beside <see cref="Query"/> and <see cref="Mutation"/>.</summary>
public static class AccessFields
{
    public static void AddAccessQueryFields(this Query query, ApiKeyStore keys, AuditLog audit)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApiKeyType>>>>("apiKeys")
            .Description("Every API key and share link, revoked ones included, oldest first; never their secrets. Survey links are listed with their round (surveyRound.invitations).")
            .Resolve(context => keys.List().Where(k => k.SurveyRound is null).ToList())
            .Access(FieldAccess.Backbone);

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApiKeyType>>>>("shareLinks")
            .Description("The share links, revoked and expired ones included, newest first; never their secrets.")
            .Resolve(context => keys.List().Where(k => k.IsShareLink).Reverse().ToList())
            .Access(FieldAccess.Backbone);

        query.Connection<AuditEntryType>("auditLog")
            .Description("The audit log of writes, newest first.")
            .Resolve(context =>
            {
                var page = context.Page();
                var before = page.AfterKey is null ? (long?)null
                    : long.TryParse(page.AfterKey, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) ? sequence
                    : throw ApiError.InvalidArgument("after: not a cursor of the audit log.");
                var (entries, hasMore, total) = audit.Page(page.First, before);
                return Connections.Build(entries, e => e.Sequence.ToString(CultureInfo.InvariantCulture), hasMore, total);
            })
            .Access(FieldAccess.Backbone);
    }

    public static void AddAccessMutationFields(this Mutation mutation, ApiKeyStore keys)
    {
        mutation.Field<NonNullGraphType<CreatedApiKeyType>>("createApiKey")
            .Description("Creates an API key and returns its secret, this once. A partner key needs its organization's id.")
            .Argument<NonNullGraphType<RoleEnumType>>("role", "What the key may do.")
            .Argument<NonNullGraphType<StringGraphType>>("name", "Who holds it, e.g. Evaluation team.")
            .Argument<IdGraphType>("organization", "For a partner key: the partner's organization id.")
            .Resolve(context =>
            {
                try
                {
                    return keys.Create(
                        context.GetArgument<string>("role"), context.GetArgument<string>("name"), context.GetArgument<string?>("organization"));
                }
                catch (ArgumentException ex)
                {
                    throw ApiError.InvalidArgument(ex.Message.Split(" (Parameter", 2)[0]);
                }
            })
            .Access(FieldAccess.Backbone);

        mutation.Field<NonNullGraphType<CreatedShareLinkType>>("createShareLink")
            .Description("Creates a read-only share link for a map view, at the dashboard level (no people) or a partner's (its own people), that stops working after expiresInDays; anyone with the link reads what that role reads, with no key. Revoke it with revokeApiKey.")
            .Argument<NonNullGraphType<RoleEnumType>>("role", "DASHBOARD or PARTNER: what the link's viewer may read.")
            .Argument<NonNullGraphType<StringGraphType>>("label", "What the link is for, e.g. Partners' meeting, March.")
            .Argument<IdGraphType>("organization", "For a PARTNER link: the partner's organization id.")
            .Argument<NonNullGraphType<IntGraphType>>("expiresInDays", "Days until it stops working, 1 to 365.", a => a.DefaultValue = 30)
            .Argument<StringGraphType>("view", "The map view it opens: the map's query string (?asOf=2025-06-30&focus=o-x); omitted: the map as it opens.")
            .Resolve(context =>
            {
                var days = context.GetArgument<int>("expiresInDays");
                if (days is < 1 or > 365)
                {
                    throw ApiError.InvalidArgument($"expiresInDays: {days} is not between 1 and 365.");
                }

                try
                {
                    return keys.CreateShareLink(
                        context.GetArgument<string>("role"), context.GetArgument<string>("label"), context.GetArgument<string?>("organization"),
                        DateTimeOffset.UtcNow.AddDays(days), context.GetArgument<string?>("view"));
                }
                catch (ArgumentException ex)
                {
                    throw ApiError.InvalidArgument(ex.Message.Split(" (Parameter", 2)[0]);
                }
            })
            .Access(FieldAccess.Backbone);

        mutation.Field<NonNullGraphType<ApiKeyType>>("revokeApiKey")
            .Description("Revokes an API key at once (it stays listed); NOT_FOUND when no key has this id.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The key's id.")
            .Resolve(context =>
            {
                var id = context.GetArgument<string>("id");
                return keys.Revoke(id) ?? throw ApiError.NotFound("API key", id);
            })
            .Access(FieldAccess.Backbone);
    }
}
