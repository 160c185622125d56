using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using CollectiveImpact.Graph.Store.Telemetry;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.Observability;

/// <summary>
/// Counts and times every executed GraphQL request (<c>cig.graphql.requests</c>, <c>cig.graphql.request.duration</c>)
/// by operation type, operation name and outcome: <c>ok</c>, or the first error's code as the client sees it.
/// </summary>
/// <remarks>
/// Labels stay bounded: the operation name is the client's choice, so it is cut to
/// <see cref="ObservabilityOptions.MaxOperationNameLength"/> and only the first <see cref="ObservabilityOptions.MaxOperationNames"/>
/// distinct names are kept (later ones count as <c>other</c>); an anonymous operation is <c>anonymous</c>. Never the
/// query text, variables or ids. Requests refused before execution (401, 406, 413, 415) are counted by ASP.NET Core's
/// <c>http.server.request.duration</c> instead.
/// </remarks>
public sealed class GraphQLRequestMetrics : IConfigureExecution
{
    private readonly Counter<long> requests;
    private readonly Histogram<double> duration;
    private readonly IErrorInfoProvider errors;
    private readonly ObservabilityOptions settings;
    private readonly ConcurrentDictionary<string, string> names = new(StringComparer.Ordinal);

    public GraphQLRequestMetrics(IMeterFactory meterFactory, IErrorInfoProvider errors, IOptions<ObservabilityOptions> options)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        ArgumentNullException.ThrowIfNull(options);
        this.errors = errors;
        settings = options.Value;
        var meter = meterFactory.Create(ApiTelemetry.Name);
        requests = meter.CreateCounter<long>("cig.graphql.requests", "{request}", "GraphQL requests executed, by operation type, operation name and outcome.");
        duration = meter.CreateHistogram<double>("cig.graphql.request.duration", "s", "Time to execute a GraphQL request (parse, validation and execution).",
            tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = StoreTelemetry.DurationBuckets });
    }

    /// <summary>First of the configurations, so it times all of them and sees the result they leave.</summary>
    public float SortOrder => -1_000;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(next);
        if (!requests.Enabled && !duration.Enabled)
        {
            return await next(options);
        }

        var started = Stopwatch.GetTimestamp();
        ExecutionResult? result = null;
        try
        {
            result = await next(options);
            return result;
        }
        finally
        {
            var tags = new TagList
            {
                { "graphql.operation.type", TypeOf(result) },
                { "graphql.operation.name", OperationName(result, options) },
                { "cig.outcome", result is null ? "cancelled" : Outcome(result) },
            };
            requests.Add(1, tags);
            duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        }
    }

    private static string TypeOf(ExecutionResult? result) => result?.Operation?.Operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "unknown",
    };

    private string OperationName(ExecutionResult? result, ExecutionOptions options)
    {
        // The executed operation's own name when the document was read; else the one the client asked for.
        var name = result?.Operation?.Name?.StringValue ?? options.OperationName;
        if (string.IsNullOrEmpty(name))
        {
            return "anonymous";
        }

        if (name.Length > settings.MaxOperationNameLength)
        {
            name = name[..settings.MaxOperationNameLength];
        }

        if (names.TryGetValue(name, out var known))
        {
            return known;
        }

        // A race may let a few names past the bound; the bound is against an unbounded set, not an exact count.
        return names.Count < settings.MaxOperationNames ? names.GetOrAdd(name, name) : "other";
    }

    private string Outcome(ExecutionResult result) =>
        result.Errors is not { Count: > 0 } list
            ? TelemetryOutcome.Ok
            : errors.GetInfo(list[0]).Extensions is { } extensions && extensions.TryGetValue("code", out var code) && code is string text
                ? text
                : "error";
}
