using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Validation;

namespace CollectiveImpact.Graph.Store.Documents;

/// <summary>Reads a network document. PLACEHOLDER: the documents helper replaces this file.</summary>
public static class NetworkDocumentReader
{
    /// <summary>Parses UTF-8 JSON; returns the network (null when any problem) and every problem found.</summary>
    public static DocumentReadResult Read(ReadOnlyMemory<byte> utf8Json) =>
        throw new NotImplementedException("Placeholder until the reader lands.");
}

/// <summary>The outcome of reading a document.</summary>
public sealed record DocumentReadResult(Network? Network, IReadOnlyList<ValidationProblem> Problems);
