using Microsoft.Extensions.Logging;

namespace CollectiveImpact.Graph.Api.Tests.Caching.Support;

public sealed record RecordedLog(string Category, LogLevel Level, int EventId, string Message, Exception? Exception);
