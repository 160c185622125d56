using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.GraphQL.Errors;
using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace CollectiveImpact.Graph.Api.GraphQL.Authorization;

/// <summary>
/// Refuses, before anything runs, a document that selects a field the caller's role may not read: one FORBIDDEN
/// error per such field, naming it (<c>Person.email</c>). Fields selected through an interface are checked here by
/// the interface's field; the concrete object's field is checked again at run time by
/// <see cref="FieldAccessMiddleware"/>, which also applies <see cref="PersonVisibility"/>.
/// </summary>
public sealed class FieldAccessRule : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var caller = Caller.From(context.User);
        if (caller is null)
        {
            return default;
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        return new(new MatchingNodeVisitor<GraphQLField>((node, validation) =>
        {
            var field = validation.TypeInfo.GetFieldDef();
            var parent = validation.TypeInfo.GetParentType()?.GetNamedType();
            if (field is null || parent is null || field.Name.StartsWith("__", StringComparison.Ordinal) || parent.Name.StartsWith("__", StringComparison.Ordinal))
            {
                return;
            }

            var access = field.GetAccess();
            var name = $"{parent.Name}.{field.Name}";
            if ((access is null || !access.Allows(caller.Role)) && reported.Add(name))
            {
                validation.ReportError(new ValidationError(validation.Document.Source, number: null!, Message(name, access, caller), node)
                {
                    Code = ErrorCodes.Forbidden,
                });
            }
        }));
    }

    public static string Message(string field, FieldAccess? access, Caller caller) => access is null
        ? $"{field} has no access class, so no role may read it."
        : $"The {caller.Role} role may not read {field} ({access.Description}; allowed to: {string.Join(", ", access.Roles)}).";
}
