using Microsoft.Extensions.Logging;

namespace CollectiveImpact.Graph.Api.Tests.Infrastructure;

public sealed record CapturedLog(string Category, LogLevel Level, string Message, Exception? Exception);
