using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.Services.Surveys;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Surveys;

/// <summary>One organization's personal link to a round.</summary>
public sealed class SurveyLinkType : ObjectGraphType<SurveyLink>
{
    public SurveyLinkType()
    {
        Name = "SurveyLink";
        Description = "An invited organization's personal link: it opens the form for that organization in that round and nothing else, and stops working when the round closes.";
        Field(x => x.Organization, type: typeof(NonNullGraphType<IdGraphType>)).Description("The organization invited.").Access(FieldAccess.Backbone);
        Field(x => x.OrganizationName).Description("Its name.").Access(FieldAccess.Backbone);
        Field<NonNullGraphType<IdGraphType>>("id").Description("The link's key id (for the audit log).").Resolve(context => context.Source.Key.Id).Access(FieldAccess.Backbone);
        Field<DateTimeOffsetGraphType>("expiresAt").Description("When it stops working: the end of the round's closing day (UTC).").Resolve(context => context.Source.Key.ExpiresAt).Access(FieldAccess.Backbone);
        Field(x => x.Secret, nullable: true).Description("The link's secret, shown this once.").Access(FieldAccess.Backbone);
        Field(x => x.Path, nullable: true).Description("The form's address under the service (/survey#key=…), to put after the service's address and mail out; shown this once.").Access(FieldAccess.Backbone);
    }
}
