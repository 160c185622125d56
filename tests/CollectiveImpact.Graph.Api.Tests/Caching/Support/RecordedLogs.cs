using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CollectiveImpact.Graph.Api.Tests.Caching.Support;

/// <summary>A logger provider that keeps every entry, so tests can count what the cache logged.</summary>
public sealed class RecordedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<RecordedLog> entries = new();

    public IReadOnlyList<RecordedLog> Entries => [.. entries];

    public IReadOnlyList<RecordedLog> AtLeast(LogLevel level) => Entries.Where(entry => entry.Level >= level).ToList();

    public IReadOnlyList<RecordedLog> WithEvent(int eventId) => Entries.Where(entry => entry.EventId == eventId).ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, entries);

    public ILogger<T> CreateLogger<T>() => new LoggerFactory([this]).CreateLogger<T>();

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<RecordedLog> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new RecordedLog(category, logLevel, eventId.Id, formatter(state, exception), exception));
    }
}
