using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Surveys;

/// <summary>An organization as the others see it.</summary>
public sealed class OrganizationSurveyScoresType : ObjectGraphType<Analytics.Survey.OrganizationScores>
{
    public OrganizationSurveyScoresType()
    {
        Name = "SurveyOrganizationScore";
        Description = "An invited organization as the others see it: the mean trust and value scores of the answers about it.";
        Field(x => x.Organization, type: typeof(NonNullGraphType<IdGraphType>)).Description("The organization.").Access(FieldAccess.Survey);
        Field(x => x.Trust, nullable: true).Description("Mean trust score of the answers about it; null when nobody scored it.").Access(FieldAccess.Survey);
        Field(x => x.Value, nullable: true).Description("Mean value score of the answers about it.").Access(FieldAccess.Survey);
        Field(x => x.Answers).Description("How many scored answers are about it.").Access(FieldAccess.Survey);
    }
}
