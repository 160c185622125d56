using CollectiveImpact.Graph.Api.GraphQL.Errors;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;

namespace CollectiveImpact.Graph.Api.GraphQL.Limits;

/// <summary>
/// The cost model given to GraphQL.NET's complexity analyzer — GitHub's node count: a connection costs its
/// <c>first</c> (the default page size when omitted) times the <c>first</c> of every connection around it; a list
/// that takes no <c>first</c> counts as <see cref="OtherListMultiplier"/> items; scalars and single objects cost
/// nothing (aliases, depth and the body size bound those). So the cost is the number of list items the response
/// can hold at most, whatever the data. An analysis field adds its estimated CPU time (<see cref="AnalysisCost"/>).
/// </summary>
public static class QueryCost
{
    /// <summary>The assumed length of a list that takes no <c>first</c> (neighbourhood nodes, a path, a node list).</summary>
    public const int OtherListMultiplier = 10;

    public static void Configure(ComplexityOptions options, RequestLimits limits, int defaultPageSize, int maxPageSize)
    {
        options.DefaultScalarImpact = 0;
        options.DefaultObjectImpact = 0;
        options.DefaultListImpactMultiplier = OtherListMultiplier;
        options.DefaultComplexityImpactDelegate = context => Impact(context, defaultPageSize, maxPageSize);
        // Both limits are checked here rather than by MaxDepth/MaxComplexity so that each gets its own stable code.
        options.ValidateComplexityDelegate = context =>
        {
            if (context.MaxDepth > limits.MaxDepth)
            {
                context.Error = Error(context, ErrorCodes.QueryTooDeep,
                    $"The query nests {context.MaxDepth} levels deep; at most {limits.MaxDepth} are allowed (Limits:MaxDepth).");
            }
            else if (context.TotalImpact > limits.MaxComplexity)
            {
                context.Error = Error(context, ErrorCodes.QueryTooComplex,
                    $"The query's estimated cost is {context.TotalImpact:0}; at most {limits.MaxComplexity} is allowed (Limits:MaxComplexity). Ask for smaller pages (first), fewer nested lists, or fewer or lighter analyses (each costs its estimated CPU time: a sampled BETWEENNESS, a smaller top or a smaller projection costs less).");
            }

            return Task.CompletedTask;
        };
    }

    public static FieldComplexityResult Impact(FieldImpactContext context, int defaultPageSize, int maxPageSize)
    {
        // An analysis costs what it costs the machine (AnalysisCost), on top of the list items its result may hold.
        if (AnalysisCost.IsAnalysis(context))
        {
            return new FieldComplexityResult(AnalysisCost.Price(context), 1);
        }

        var field = context.FieldDefinition;
        if (field.Arguments?.Find("first") is not null)
        {
            var first = Math.Clamp(context.GetArgument<int?>("first", null) ?? defaultPageSize, 0, maxPageSize);
            return new FieldComplexityResult(first, first);
        }

        if (field.Name is "edges" or "items" && context.ParentType.Name.EndsWith("Connection", StringComparison.Ordinal))
        {
            return new FieldComplexityResult(0, 1);
        }

        var type = field.ResolvedType is NonNullGraphType nonNull ? nonNull.ResolvedType : field.ResolvedType;
        return type is ListGraphType
            ? new FieldComplexityResult(OtherListMultiplier, OtherListMultiplier)
            : new FieldComplexityResult(0, 1);
    }

    private static ValidationError Error(ComplexityValidationContext context, string code, string message) =>
        new(context.ValidationContext.Document.Source, number: null!, message, context.ValidationContext.Operation) { Code = code };
}
