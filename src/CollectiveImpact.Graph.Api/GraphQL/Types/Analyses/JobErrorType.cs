using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Errors;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class JobErrorType : ObjectGraphType<JobError>
{
    public JobErrorType()
    {
        Name = "AnalysisJobError";
        Description = "Why a background analysis job did not succeed.";
        Field(x => x.Code).Description("A stable code, as in errors[].extensions.code: the code the analysis would have failed with in a request (e.g. ANALYSIS_DID_NOT_CONVERGE), JOB_CANCELLED, JOB_EXPIRED, or INTERNAL.").Access(FieldAccess.Analysis);
        Field(x => x.Message).Description("What happened, in words.").Access(FieldAccess.Analysis);
    }
}
