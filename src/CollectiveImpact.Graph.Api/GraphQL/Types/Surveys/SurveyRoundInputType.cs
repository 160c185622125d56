using CollectiveImpact.Graph.Api.GraphQL.Scalars;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Surveys;

/// <summary>A new survey round.</summary>
public sealed class SurveyRoundInputType : InputObjectGraphType
{
    public SurveyRoundInputType()
    {
        Name = "SurveyRoundInput";
        Description = "A new survey round: its name, the days it is open (inclusive), the organizations invited (at least two) and an optional open question.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("E.g. Partner survey 2026 (at most 200 characters).");
        Field<NonNullGraphType<CalendarDateGraphType>>("opens").Description("The first day answers are taken.");
        Field<NonNullGraphType<CalendarDateGraphType>>("closes").Description("The last day answers are taken; links stop working after it.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("invited").Description("The organizations invited, by id.");
        Field<StringGraphType>("question").Description("An extra open question of your own (at most 1,000 characters).");
    }
}
