using CollectiveImpact.Graph.Api.GraphQL.Documents;
using CollectiveImpact.Graph.Api.GraphQL.Errors;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.GraphQL.Limits;

/// <summary>
/// Bounds the work done before execution. GraphQL.NET's parser, validation rules and complexity analyzer do not
/// check the request's cancellation (the validation walk does only through <see cref="ValidationDeadlineRule"/>), and
/// some are super-linear in what a document can ask: the complexity analyzer re-walks a fragment at every spread
/// (exponential), OverlappingFieldsCanBeMerged compares same-named fields and side-by-side fragments in pairs, and
/// UniqueDirectivesPerLocation compares a location's directives in pairs, with one error per repeat (docs/security.md). So before them: the tokens are counted (<see cref="TokenCounter"/>), the document is
/// parsed here once and measured (<see cref="DocumentMeasurer"/>), both in linear, cancellable passes, and a
/// document over <see cref="RequestLimits"/> is refused; GraphQL.NET then works on a document of bounded size.
/// A refused document's errors are capped at <see cref="RequestLimits.MaxErrors"/>, plus one that counts the rest.
/// A text sent before whose document was within the limits and validated is taken from <see cref="DocumentCache"/>
/// instead: counted, parsed and measured once per text, not once per request.
/// </summary>
public sealed class PreExecutionLimits(IDocumentBuilder documentBuilder, DocumentCache documents, IOptions<RequestLimits> limitOptions) : IConfigureExecution
{
    /// <summary>Outside the option configurations (100) and execution wrappers (200): a refused document costs nothing more.</summary>
    public float SortOrder => 50;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        var limits = limitOptions.Value;
        if (options.Document is null && options.Query is { } query)
        {
            if (documents.TryGet(query, out var cached))
            {
                options.Document = cached.Document;
                options.UserContext[CachedDocument.UserContextKey] = cached;
                return Capped(await next(options).ConfigureAwait(false), limits.MaxErrors);
            }

            if (TokenCounter.Count(query, limits.MaxTokens, options.CancellationToken) > limits.MaxTokens)
            {
                return Refused([new ApiError(ErrorCodes.ParseFailed,
                    $"The query has more than {limits.MaxTokens} tokens (Limits:MaxTokens); nothing was parsed.")]);
            }

            // A SyntaxError thrown here is an ExecutionError: the executer answers it as if it had parsed the query itself.
            GraphQLDocument document;
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                document = documentBuilder.Build(query);
            }
            catch (GraphQLMaxDepthExceededException)
            {
                // GraphQL.NET's builder turns only syntax errors into SyntaxError; this one answered INTERNAL, and its
                // message, which quotes the query's line, went to the log.
                return Refused([new ApiError(ErrorCodes.ParseFailed,
                    "The query nests deeper than the parser allows (128 syntax levels); nothing was parsed.")]);
            }

            options.CancellationToken.ThrowIfCancellationRequested();
            var problems = Problems(document, DocumentMeasurer.Measure(document, options.CancellationToken), limits);
            if (problems.Count > 0)
            {
                // The first limit exceeded, alone: the one to fix first, and a bounded answer.
                return Refused(problems.Take(1));
            }

            options.Document = document;
            // The parse ran on this thread: what it allocated bounds what the document holds (its garbage included).
            var fresh = new CachedDocument(query, document, (2L * query.Length) + GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
            options.UserContext[CachedDocument.UserContextKey] = fresh;
            var result = Capped(await next(options).ConfigureAwait(false), limits.MaxErrors);
            if (result.Executed)
            {
                // Validated (for this caller): worth keeping. A refused or invalid text is parsed again when sent again.
                documents.Add(fresh);
            }

            return result;
        }

        return Capped(await next(options).ConfigureAwait(false), limits.MaxErrors);
    }

    public static List<ExecutionError> Problems(GraphQLDocument document, DocumentShape shape, RequestLimits limits)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(limits);
        var problems = new List<ExecutionError>();
        void TooLarge(long count, int max, string what, string key)
        {
            if (count > max)
            {
                problems.Add(new ApiError(ErrorCodes.QueryTooLarge, $"The document has {Count(count)} {what}; at most {max} are allowed (Limits:{key})."));
            }
        }

        TooLarge(shape.Operations, limits.MaxOperations, "operations", nameof(limits.MaxOperations));
        TooLarge(shape.Fragments, limits.MaxFragments, "fragment definitions", nameof(limits.MaxFragments));
        TooLarge(shape.Variables, limits.MaxVariables, "variable definitions", nameof(limits.MaxVariables));
        TooLarge(shape.Directives, limits.MaxDirectives, "directives", nameof(limits.MaxDirectives));
        TooLarge(shape.MostDirectivesAtOneLocation, limits.MaxDirectivesPerLocation, "directives at one location", nameof(limits.MaxDirectivesPerLocation));
        if (shape.Aliases > limits.MaxAliases)
        {
            // Aliases are how one request asks for the same expensive field many times, which field merging cannot collapse.
            problems.Add(new ApiError(ErrorCodes.TooManyAliases, $"The document uses {shape.Aliases} aliases; at most {limits.MaxAliases} are allowed (Limits:MaxAliases)."));
        }

        if (shape.CyclicFragment is { } cyclic)
        {
            // The counts that follow would be infinite; GraphQL.NET's own rule would report the cycle the same way.
            problems.Add(new ValidationError(document.Source, "5.5.2.2", $"Cannot spread fragment '{cyclic}' within itself (directly or through other fragments).")
            {
                Code = "NO_FRAGMENT_CYCLES",
            });
            return problems;
        }

        if (shape.Depth > limits.MaxDepth)
        {
            problems.Add(new ApiError(ErrorCodes.QueryTooDeep,
                $"The query nests {Count(shape.Depth)} levels deep once its fragments are expanded; at most {limits.MaxDepth} are allowed (Limits:MaxDepth)."));
        }

        TooLarge(shape.Fields, limits.MaxFields, "fields once its fragments are expanded", nameof(limits.MaxFields));
        TooLarge(shape.MostFieldsInOneSelectionSet, limits.MaxFieldsPerSelectionSet, "fields in one selection set (fragments spread into it included)", nameof(limits.MaxFieldsPerSelectionSet));
        return problems;
    }

    /// <summary>Keeps the first <paramref name="max"/> errors of a refused document and counts the rest in one more.</summary>
    public static ExecutionResult Capped(ExecutionResult result, int max)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Executed || result.Errors is not { } errors || errors.Count <= max)
        {
            return result;
        }

        // Keeps a refusal that is all FORBIDDEN answered 403 by the endpoint.
        var code = errors.All(e => e.Code == ErrorCodes.Forbidden) ? ErrorCodes.Forbidden : ErrorCodes.ValidationFailed;
        var kept = new ExecutionErrors();
        foreach (var error in errors.Take(max))
        {
            kept.Add(error);
        }

        kept.Add(new ApiError(code, $"{errors.Count - max} more errors were found and are not listed (Limits:MaxErrors is {max})."));
        result.Errors = kept;
        return result;
    }

    private static string Count(long count) => count >= DocumentShape.Unbounded ? $"more than {DocumentShape.Unbounded}" : count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static ExecutionResult Refused(IEnumerable<ExecutionError> problems)
    {
        var errors = new ExecutionErrors();
        foreach (var problem in problems)
        {
            errors.Add(problem);
        }

        return new ExecutionResult { Errors = errors };
    }
}
