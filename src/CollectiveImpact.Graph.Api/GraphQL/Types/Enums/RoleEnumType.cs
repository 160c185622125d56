using CollectiveImpact.Graph.Api.Auth;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Enums;

/// <summary>The caller roles (docs/security.md); the values are the lower-case role names keys and tokens carry.</summary>
public sealed class RoleEnumType : EnumerationGraphType
{
    public RoleEnumType()
    {
        Name = "Role";
        Description = "What a caller may read and do; docs/security.md lists each role's fields.";
        Add("BACKBONE", Roles.Backbone, "Reads and writes everything, including the audit log and the API keys.");
        Add("EVALUATOR", Roles.Evaluator, "Reads everything and runs analyses, but no personal contact data.");
        Add("DASHBOARD", Roles.Dashboard, "Aggregates, indicator progress and analysis summaries; no people.");
        Add("PARTNER", Roles.Partner, "The network map and its own organization's people, without contact data.");
    }
}
