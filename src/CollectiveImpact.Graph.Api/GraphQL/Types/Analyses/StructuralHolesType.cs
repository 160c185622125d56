using CollectiveImpact.Graph.Analytics.StructuralHoles;
using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Api.GraphQL.Loaders;
using CollectiveImpact.Graph.Api.GraphQL.Pagination;
using CollectiveImpact.Graph.Api.Services.Analyses;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types.Analyses;

public sealed class StructuralHolesType : ObjectGraphType<AnalysisRun<IReadOnlyList<StructuralPosition>>>
{
    public StructuralHolesType()
    {
        Name = "StructuralHoles";
        Description = "Burt's constraint and effective size for every node of one projection.";
        this.AddRunFields<IReadOnlyList<StructuralPosition>, StructuralHolesParametersType>();
        Connection<StructuralPositionType>("nodes")
            .Description("The nodes by ascending constraint (the best-placed brokers first; ties by id, isolated nodes last), at most `top` of them; paged.")
            .Resolve(context => Connections.FromList(context.Source.Result, context.Page(), ((StructuralHolesAnalysis)context.Source.Parameters).Top))
            .Access(FieldAccess.Analysis);
    }
}
