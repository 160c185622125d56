using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Store.Documents;

/// <summary>Writes a network document. PLACEHOLDER: the documents helper replaces this file.</summary>
public static class NetworkDocumentWriter
{
    /// <summary>The network as a canonical UTF-8 JSON document (format collective-impact-network/1).</summary>
    public static byte[] Write(Network network, bool indented = false) =>
        throw new NotImplementedException("Placeholder until the writer lands.");
}
