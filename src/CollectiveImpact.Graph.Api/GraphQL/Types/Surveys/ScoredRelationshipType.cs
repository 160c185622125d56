using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Surveys;

/// <summary>One organization's scores of another.</summary>
public sealed class ScoredRelationshipType : ObjectGraphType<Analytics.Survey.ScoredRelationship>
{
    public ScoredRelationshipType()
    {
        Name = "SurveyRelationshipScore";
        Description = "One organization's trust and value scores of another: the means of its three trust and three value answers (1–4).";
        Field(x => x.From, type: typeof(NonNullGraphType<IdGraphType>)).Description("The organization that answered.").Access(FieldAccess.Survey);
        Field(x => x.About, type: typeof(NonNullGraphType<IdGraphType>)).Description("The organization it answered about.").Access(FieldAccess.Survey);
        Field(x => x.Trust).Description("Mean of reliable, supports the mission, open to discussion.").Access(FieldAccess.Survey);
        Field(x => x.Value).Description("Mean of influence, involvement, resources.").Access(FieldAccess.Survey);
    }
}
