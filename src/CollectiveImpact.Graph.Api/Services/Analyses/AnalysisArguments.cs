using CollectiveImpact.Graph.Api.Services.Errors;

namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>The argument checks and value conversions several analyses share.</summary>
public static class AnalysisArguments
{
    public static void RequireTop(int? top, string name = "top")
    {
        if (top is < 0)
        {
            throw new ArgumentProblem($"{name}: must be zero or more (or omitted for all); got {top}.");
        }
    }

    /// <summary>NaN (a measure's "undefined") as null: GraphQL and JSON have no NaN.</summary>
    public static double? Defined(double value) => double.IsNaN(value) ? null : value;
}
