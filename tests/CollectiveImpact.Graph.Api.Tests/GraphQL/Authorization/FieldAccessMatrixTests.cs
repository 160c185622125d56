using System.Text.RegularExpressions;
using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.GraphQL;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL.Authorization;

/// <summary>
/// Every output field of the live schema, role by role. The expected answer comes from the policy as
/// docs/security.md states it (<see cref="ExpectedAllowed"/>, written independently of the field marks), and is
/// compared with what the real endpoint does: one request per role and type that selects every field of the type,
/// and the FORBIDDEN errors it returns. A field added without an access class fails
/// <see cref="Schema_EveryOutputField_HasAnAccessClass"/>; one classified against the policy fails the matrix.
/// </summary>
public sealed partial class FieldAccessMatrixTests(FieldAccessMatrixTests.EveryErrorListedApiFactory factory) : IClassFixture<FieldAccessMatrixTests.EveryErrorListedApiFactory>
{
    private static readonly HashSet<string> BackboneOnlyTypes =
        ["ApiKey", "CreatedApiKey", "CreatedShareLink", "AuditEntry", "NetworkExport", "CreatedSurveyRound", "SurveyLink", "SurveyApplyResult", "UndoResult", "UndoableChange"];

    private static readonly HashSet<string> BackboneOnlyQueryFields = ["apiKeys", "shareLinks", "auditLog", "exportNetwork", "exportSnapshot", "analysisJobs", "history", "lastChange"];

    /// <summary>Partners propose changes to their own details and people; the backbone decides (docs/web.md, Editing).</summary>
    private static readonly HashSet<string> ProposeFields = ["Mutation.proposeOrganizationChange", "Mutation.proposePersonChange"];

    /// <summary>Mutations open to every role that may run analyses: cancelling one's own background job (docs/jobs.md).</summary>
    private static readonly HashSet<string> AnalysisMutationFields = ["cancelJob"];

    /// <summary>Review marks on findings (docs/analyses.md, Reviewed findings): the backbone and evaluators, who run the meetings.</summary>
    private static readonly HashSet<string> ReviewFields = ["Mutation.markFindingReviewed", "Mutation.clearFindingReview", "Query.findingReviews",
        "GapFinding.review", "ActivityOverlap.review", "UnreinforcedPair.review", "BrokerageRecommendation.review"];

    /// <summary>
    /// The partner survey (docs/survey.md, docs/security.md): rounds, who answered and per-partner scores for the backbone
    /// and evaluators; answers (free text included) for them and, through its own form, a survey link.
    /// </summary>
    private static readonly HashSet<string> SurveyTypes =
        ["SurveyRound", "SurveyProgress", "SurveySectorResponseRate", "SurveyInvitation", "SurveyResult", "SurveyRelationshipScore", "SurveyOrganizationScore", "SurveyPair"];

    private static readonly HashSet<string> SurveyAnswerTypes = ["SurveyResponse", "SurveyPartnerAnswer"];

    /// <summary>What only a survey link reads or writes: its form, and the saving of its answers.</summary>
    private static readonly HashSet<string> SurveyFormFields = ["Query.surveyForm", "Mutation.saveSurveyResponse"];

    private static readonly HashSet<string> SurveyFormTypes = ["SurveyForm", "SurveyPartner"];

    /// <summary>The four roles, and a survey link (the respondent role, never given any other way).</summary>
    public static TheoryData<string> AllRoles => [.. Roles.All, Roles.Respondent];

    /// <summary>The policy (docs/security.md), stated without looking at the marks on the fields.</summary>
    public static bool ExpectedAllowed(string role, string type, string field)
    {
        var surveyForm = SurveyFormFields.Contains($"{type}.{field}") || SurveyFormTypes.Contains(type);
        if (role == Roles.Respondent || surveyForm)
        {
            return role == Roles.Respondent && (surveyForm || SurveyAnswerTypes.Contains(type));
        }

        if (ProposeFields.Contains($"{type}.{field}"))
        {
            return role == Roles.Partner;
        }

        if (type == "ChangeProposal" || $"{type}.{field}" == "Query.changeProposals")
        {
            return role is Roles.Backbone or Roles.Partner;
        }

        if (role == Roles.Backbone)
        {
            return true;
        }

        if (SurveyTypes.Contains(type) || SurveyAnswerTypes.Contains(type) || (type == "Query" && field is "surveyRounds" or "surveyRound"))
        {
            return role == Roles.Evaluator;
        }

        if (ReviewFields.Contains($"{type}.{field}") || type == "FindingReview")
        {
            return role == Roles.Evaluator;
        }

        if ((type == "Mutation" && !AnalysisMutationFields.Contains(field)) || BackboneOnlyTypes.Contains(type) || (type == "Query" && BackboneOnlyQueryFields.Contains(field)))
        {
            return false;
        }

        if (type == "Person" && field == "email")
        {
            return false;
        }

        // Who took a snapshot names a key holder or a token's subject: backbone business, like the audit log (docs/snapshots.md).
        if (type == "Snapshot" && field == "createdBy")
        {
            return false;
        }

        var aboutPeople = type == "Person" || (field == "people" && type is "Query" or "Organization");
        return !(role == Roles.Dashboard && aboutPeople);
    }

    [Fact]
    public void Schema_EveryOutputField_HasAnAccessClass()
    {
        var unmarked = OutputTypes(Schema())
            .SelectMany(t => t.Fields.Where(f => f.GetAccess() is null).Select(f => $"{t.Name}.{f.Name}"))
            .ToList();

        Assert.True(unmarked.Count == 0, "Fields without an access class (mark them with .Access(FieldAccess.X)): " + string.Join(", ", unmarked));
    }

    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task Matrix_EveryFieldOfEveryType_RefusedExactlyWherePolicySays(string role)
    {
        var schema = Schema();
        var client = factory.GraphQLAs(role == Roles.Respondent
            ? factory.Services.GetRequiredService<ApiKeyStore>().CreateSurveyLinks("round-matrix", [("o-backbone", "Matrix respondent")], DateTimeOffset.UtcNow.AddDays(1))[0].Secret
            : factory.CreateKey(role, $"Matrix {role}", role == Roles.Partner ? "o-backbone" : null));
        var mismatches = new List<string>();
        var checkedFields = 0;

        foreach (var (type, document) in DocumentsSelectingEveryField(schema))
        {
            var response = await client.PostAsync(document);
            Assert.DoesNotContain("UNAUTHENTICATED", response.ErrorCodes);
            Assert.DoesNotContain("INTERNAL", response.ErrorCodes);
            var forbidden = response.Errors
                .Where(e => e.GetProperty("extensions").GetProperty("code").GetString() == "FORBIDDEN")
                .Select(e => FieldNamed().Match(e.GetProperty("message").GetString()!).Groups[1].Value)
                .Where(name => name.StartsWith(type.Name + ".", StringComparison.Ordinal))
                .ToHashSet();
            foreach (var field in type.Fields)
            {
                checkedFields++;
                var refused = forbidden.Contains($"{type.Name}.{field.Name}");
                if (refused == ExpectedAllowed(role, type.Name, field.Name))
                {
                    mismatches.Add($"{type.Name}.{field.Name}: {(refused ? "refused" : "allowed")}");
                }
            }
        }

        Assert.True(checkedFields > 150, $"Only {checkedFields} fields were checked.");
        Assert.True(mismatches.Count == 0, $"For {role}, against the policy: " + string.Join("; ", mismatches));
    }

    private NetworkSchema Schema()
    {
        var schema = factory.Services.GetRequiredService<NetworkSchema>();
        schema.Initialize();
        return schema;
    }

    private static IEnumerable<IComplexGraphType> OutputTypes(ISchema schema) =>
        schema.AllTypes.OfType<IComplexGraphType>()
            .Where(t => t is IObjectGraphType or IInterfaceGraphType && !t.Name.StartsWith("__", StringComparison.Ordinal));

    /// <summary>
    /// For each object and interface type, a document that reaches it from a root (through fields, or an inline
    /// fragment below an interface) and selects all its fields, objects with <c>{ __typename }</c>. Required
    /// arguments are left out: validation then fails for them too, but every rule runs, the access rule included.
    /// </summary>
    private static IEnumerable<(IComplexGraphType Type, string Document)> DocumentsSelectingEveryField(ISchema schema)
    {
        var paths = new Dictionary<IComplexGraphType, (string Operation, List<string> Steps)>();
        var queue = new Queue<IComplexGraphType>();
        foreach (var (root, operation) in new[] { (schema.Query, "query"), (schema.Mutation!, "mutation") })
        {
            paths[root] = (operation, []);
            queue.Enqueue(root);
        }

        while (queue.Count > 0)
        {
            var type = queue.Dequeue();
            var (operation, steps) = paths[type];
            var next = type.Fields.Select(f => (Type: f.ResolvedType!.GetNamedType() as IComplexGraphType, Step: f.Name)).ToList();
            if (type is IInterfaceGraphType @interface)
            {
                next.AddRange(@interface.PossibleTypes.Select(t => ((IComplexGraphType?)t, $"... on {t.Name}")));
            }

            foreach (var (child, step) in next)
            {
                if (child is (IObjectGraphType or IInterfaceGraphType) && !child.Name.StartsWith("__", StringComparison.Ordinal) && !paths.ContainsKey(child))
                {
                    paths[child] = (operation, [.. steps, step]);
                    queue.Enqueue(child);
                }
            }
        }

        foreach (var type in OutputTypes(schema))
        {
            Assert.True(paths.ContainsKey(type), $"{type.Name} cannot be reached from a root.");
            var (operation, steps) = paths[type];
            var selection = string.Join(' ', type.Fields.Select(f => f.ResolvedType!.GetNamedType() is IComplexGraphType ? $"{f.Name} {{ __typename }}" : f.Name));
            var document = $"{operation} {{ {string.Concat(steps.Select(s => s + " { "))}{selection}{new string('}', steps.Count).Replace("}", " }")} }}";
            yield return (type, document);
        }
    }

    [GeneratedRegex(@"may not read (\w+\.\w+)|^(\w+\.\w+) has no access class")]
    private static partial Regex FieldNamed();

    /// <summary>
    /// The matrix reads a type's refusals from its FORBIDDEN errors, one per field, and Mutation has more fields than
    /// the default cap on a refused document's errors (Limits:MaxErrors, tested in HostileRequestTests).
    /// </summary>
    public sealed class EveryErrorListedApiFactory : ApiFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
        {
            ["Limits:MaxErrors"] = "1000",
        };
    }
}
