using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.Services.Surveys;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Surveys;

/// <summary>A round just made, with its links.</summary>
public sealed class CreatedSurveyRoundType : ObjectGraphType<CreatedSurveyRound>
{
    public CreatedSurveyRoundType()
    {
        Name = "CreatedSurveyRound";
        Description = "A survey round just made, with one personal link per invited organization (their secrets shown this once: keep or mail them now).";
        Field<NonNullGraphType<SurveyRoundType>>("round").Description("The round.").Resolve(context => context.Source.Round).Access(FieldAccess.Backbone);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SurveyLinkType>>>>("links").Description("One link per invited organization.")
            .Resolve(context => context.Source.Links).Access(FieldAccess.Backbone);
    }
}
