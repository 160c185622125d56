using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Types.Enums;
using CollectiveImpact.Graph.Api.Services.Surveys;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Surveys;

/// <summary>One invited organization, as the backbone follows the round.</summary>
public sealed class SurveyInvitationType : ObjectGraphType<SurveyInvitation>
{
    public SurveyInvitationType()
    {
        Name = "SurveyInvitation";
        Description = "One invited organization: how far it is and whether its link works. Links' secrets are shown only when made.";
        Field(x => x.Organization, type: typeof(NonNullGraphType<IdGraphType>)).Description("The organization.").Access(FieldAccess.Survey);
        Field(x => x.Name).Description("Its name (its id when it has left the network).").Access(FieldAccess.Survey);
        Field(x => x.Sector, type: typeof(SectorEnumType)).Description("Its sector.").Access(FieldAccess.Survey);
        Field(x => x.Status, type: typeof(NonNullGraphType<SurveyInvitationStatusEnumType>)).Description("How far it is.").Access(FieldAccess.Survey);
        Field(x => x.Updated, nullable: true).Description("When it last saved.").Access(FieldAccess.Survey);
        Field(x => x.Submitted, nullable: true).Description("When it submitted.").Access(FieldAccess.Survey);
        Field<IdGraphType>("linkId").Description("Its live link's key id; null when it has none (revoked, expired, or the round closed).")
            .Resolve(context => context.Source.Link?.Id).Access(FieldAccess.Survey);
        Field<DateTimeOffsetGraphType>("linkExpiresAt").Description("When its live link stops working.")
            .Resolve(context => context.Source.Link?.ExpiresAt).Access(FieldAccess.Survey);
    }
}
