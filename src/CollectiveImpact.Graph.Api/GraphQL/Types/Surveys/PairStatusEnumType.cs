using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Surveys;

/// <summary>How a reported relationship stands with the other side (analyses.md §7).</summary>
public sealed class PairStatusEnumType : EnumerationGraphType<Analytics.Survey.PairStatus>
{
    public PairStatusEnumType()
    {
        Name = "SurveyPairStatus";
        Description = "CONFIRMED: both said they work together. ONE_SIDED: one said so, the other submitted and did not. UNCONFIRMED: one said so, the other has not submitted.";
    }
}
