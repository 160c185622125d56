using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;

namespace CollectiveImpact.Graph.Store.Neo4j;

/// <summary>
/// The two retry layers, both exponential backoff from <see cref="Neo4jStoreOptions.RetryBaseDelay"/> (no jitter, so
/// the schedule is predictable), both for transient failures only. Authentication failures, constraint violations,
/// syntax errors and timeouts are never retried: running them again cannot help, or (a timed-out commit) might apply
/// a write twice.
/// </summary>
/// <remarks>
/// <para><b>Transport</b> (on the HTTP client): the request never reached a transaction — connection refused or
/// reset, DNS failure, HTTP 503 — so sending the same request again is safe, even inside an explicit transaction.</para>
/// <para><b>Unit of work</b> (in the store): the server ran the transaction and failed it with
/// <c>Neo.TransientError.*</c> (deadlock, leader switch). It was rolled back, so the whole read or write is run again
/// from its first statement; retrying only the failed request would run it in a transaction that no longer exists.</para>
/// </remarks>
internal static class Neo4jResilience
{
    /// <summary>Adds the transport retry and the per-attempt timeout to an HTTP client's resilience pipeline.</summary>
    public static void ConfigureTransport(ResiliencePipelineBuilder<HttpResponseMessage> builder, Neo4jStoreOptions options)
    {
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(IsTransportFailure(args.Outcome)),
            });
        }

        builder.AddTimeout(options.RequestTimeout);
    }

    /// <summary>True when the request did not reach a transaction: no connection, or 503 from the server or a proxy.</summary>
    public static bool IsTransportFailure(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException
        || outcome.Result?.StatusCode == HttpStatusCode.ServiceUnavailable;

    /// <summary>Retries a whole unit of work when Neo4j failed its transaction with a transient error.</summary>
    /// <param name="options">Retry count and base delay.</param>
    /// <param name="onRetry">Told of each retry (attempt number from 0, the delay before it, the failure); for logs and tests.</param>
    public static ResiliencePipeline UnitOfWork(Neo4jStoreOptions options, Action<int, TimeSpan, Exception>? onRetry = null)
    {
        var builder = new ResiliencePipelineBuilder();
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                ShouldHandle = new PredicateBuilder().Handle<Neo4jTransientException>(),
                OnRetry = args =>
                {
                    onRetry?.Invoke(args.AttemptNumber, args.RetryDelay, args.Outcome.Exception!);
                    return ValueTask.CompletedTask;
                },
            });
        }

        return builder.Build();
    }
}
