namespace CollectiveImpact.Graph.Store.Neo4j;

/// <summary>The Query API's <c>accessMode</c>: in a cluster, Read lets a reader member answer; Write goes to the leader.</summary>
internal enum AccessMode
{
    Read,
    Write,
}
