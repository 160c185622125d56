using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Surveys;

/// <summary>Two organizations at least one of which reported working with the other.</summary>
public sealed class ReportedPairType : ObjectGraphType<Analytics.Survey.ReportedPair>
{
    public ReportedPairType()
    {
        Name = "SurveyPair";
        Description = "Two organizations at least one of which reported working with the other (a before b by id), each side's scores of the other and the pair's status.";
        Field(x => x.A, type: typeof(NonNullGraphType<IdGraphType>)).Description("One organization.").Access(FieldAccess.Survey);
        Field(x => x.B, type: typeof(NonNullGraphType<IdGraphType>)).Description("The other.").Access(FieldAccess.Survey);
        Field(x => x.Status, type: typeof(NonNullGraphType<PairStatusEnumType>)).Description("Confirmed, one-sided or unconfirmed.").Access(FieldAccess.Survey);
        Field(x => x.TrustAboutB, nullable: true).Description("a's trust score of b.").Access(FieldAccess.Survey);
        Field(x => x.ValueAboutB, nullable: true).Description("a's value score of b.").Access(FieldAccess.Survey);
        Field(x => x.TrustAboutA, nullable: true).Description("b's trust score of a.").Access(FieldAccess.Survey);
        Field(x => x.ValueAboutA, nullable: true).Description("b's value score of a.").Access(FieldAccess.Survey);
        Field(x => x.Level, nullable: true).Description("The pair's level of working together: the mean of the levels its sides reported, rounded half up (1 awareness … 4 integrated).").Access(FieldAccess.Survey);
    }
}
