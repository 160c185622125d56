using CollectiveImpact.Graph.Api.GraphQL.Errors;
using CollectiveImpact.Graph.Api.Services.Scheduling;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.GraphQL.Limits;

/// <summary>
/// Refuses an operation that selects more than <see cref="SchedulerOptions.MaxAnalysesPerRequest"/> analysis fields
/// (<see cref="AnalysisCost.Fields"/>), before anything runs. What is counted is what would execute: the distinct
/// response keys (alias or name) of analysis fields in the operation's root selection, through inline fragments and
/// fragment spreads (each fragment walked once, so a document cannot make the count expensive), whatever
/// <c>@skip</c>/<c>@include</c> say.
/// </summary>
public sealed class AnalysisFieldLimitRule(IOptions<SchedulerOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var operation = context.Operation;
        if (operation is null || operation.Operation != OperationType.Query)
        {
            return default;
        }

        var max = options.Value.MaxAnalysesPerRequest;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        Collect(context.Document, operation.SelectionSet, keys, new HashSet<string>(StringComparer.Ordinal));
        if (keys.Count > max)
        {
            context.ReportError(new ValidationError(context.Document.Source, number: null!,
                $"The operation asks for {keys.Count} analyses; at most {max} may run in one request (Scheduler:MaxAnalysesPerRequest). Send the others in later requests.",
                operation)
            { Code = ErrorCodes.TooManyAnalyses });
        }

        return default;
    }

    /// <summary>Whether <paramref name="operation"/> selects any analysis field at its root (through fragments too).</summary>
    public static bool SelectsAnalyses(GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(operation);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        Collect(document, operation.SelectionSet, keys, new HashSet<string>(StringComparer.Ordinal));
        return keys.Count > 0;
    }

    private static void Collect(GraphQLDocument document, GraphQLSelectionSet? selections, HashSet<string> keys, HashSet<string> fragmentsSeen)
    {
        if (selections is null)
        {
            return;
        }

        foreach (var selection in selections.Selections)
        {
            switch (selection)
            {
                case GraphQLField field when AnalysisCost.Fields.Contains(field.Name.StringValue):
                    keys.Add((field.Alias?.Name ?? field.Name).StringValue);
                    break;
                case GraphQLInlineFragment inline:
                    Collect(document, inline.SelectionSet, keys, fragmentsSeen);
                    break;
                case GraphQLFragmentSpread spread when fragmentsSeen.Add(spread.FragmentName.Name.StringValue):
                    Collect(document, document.FindFragmentDefinition(spread.FragmentName.Name)?.SelectionSet, keys, fragmentsSeen);
                    break;
            }
        }
    }
}
