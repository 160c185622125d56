using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Projections;

/// <summary>
/// One projection of a network (<see cref="NetworkProjector.Project"/>): the <see cref="UndirectedGraph"/> the measures
/// run on, plus what the network map and the by-sector measures need to know about its nodes and edges, by index.
/// </summary>
/// <remarks>
/// Node attributes are indexed like <see cref="UndirectedGraph.NodeIds"/>; edge attributes like
/// <see cref="UndirectedGraph.Edges"/>. An edge's weight is the number of distinct connections it collapses (see
/// <see cref="NetworkProjector"/>); <see cref="RelationsOf"/> says which kinds of connection those were.
/// </remarks>
public sealed class NetworkProjection
{
    private static readonly EdgeRelation[] AllRelations = Enum.GetValues<EdgeRelation>();

    private readonly NodeKind[] nodeKinds;
    private readonly string[] nodeNames;
    private readonly Sector?[] sectors;
    private readonly bool[] communityLed;
    private readonly uint[] relationMasks;
    private ContentFingerprint? fingerprint;

    internal NetworkProjection(
        ProjectionKind kind,
        UndirectedGraph graph,
        NodeKind[] nodeKinds,
        string[] nodeNames,
        Sector?[] sectors,
        bool[] communityLed,
        uint[] relationMasks)
    {
        Kind = kind;
        Graph = graph;
        this.nodeKinds = nodeKinds;
        this.nodeNames = nodeNames;
        this.sectors = sectors;
        this.communityLed = communityLed;
        this.relationMasks = relationMasks;
    }

    public ProjectionKind Kind { get; }

    public UndirectedGraph Graph { get; }

    /// <summary>Each node's kind, by node index.</summary>
    public IReadOnlyList<NodeKind> NodeKinds => nodeKinds;

    /// <summary>Each node's display name (its <c>name</c> in the document), by node index.</summary>
    public IReadOnlyList<string> NodeNames => nodeNames;

    /// <summary>Each organization's sector by node index; null for other kinds and for organizations without one.</summary>
    public IReadOnlyList<Sector?> Sectors => sectors;

    /// <summary>
    /// Each node's sector by id, as the member name (<c>Education</c>; null without one): what the by-sector measures
    /// (<see cref="Structure.NetworkMetrics"/>) read. A new dictionary per call.
    /// </summary>
    public Dictionary<string, string?> SectorsById()
    {
        var ids = Graph.NodeIds;
        var byId = new Dictionary<string, string?>(ids.Count, StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            byId[ids[i]] = sectors[i]?.ToString();
        }

        return byId;
    }

    /// <summary>Whether each node is a community-led organization, by node index (false for other kinds).</summary>
    public IReadOnlyList<bool> CommunityLed => communityLed;

    /// <summary>
    /// A digest of everything an analysis can read from this projection: its kind, every node's id, kind, name, sector
    /// and community-led flag in index order, every edge's ends and weight, and each edge's relations. Two projections
    /// with equal fingerprints give every measure the same input. Computed on first use, O(N + E), then kept.
    /// </summary>
    public ContentFingerprint Fingerprint => fingerprint ??= ComputeFingerprint();

    /// <summary>The kinds of connection edge <paramref name="edge"/> (an index into <see cref="UndirectedGraph.Edges"/>) collapses, in enum order.</summary>
    public IReadOnlyList<EdgeRelation> RelationsOf(int edge)
    {
        var mask = relationMasks[CheckEdge(edge)];
        var relations = new List<EdgeRelation>(System.Numerics.BitOperations.PopCount(mask));
        foreach (var relation in AllRelations)
        {
            if ((mask & Bit(relation)) != 0)
            {
                relations.Add(relation);
            }
        }

        return relations;
    }

    /// <summary>True when edge <paramref name="edge"/> collapses at least one connection of kind <paramref name="relation"/>.</summary>
    public bool HasRelation(int edge, EdgeRelation relation) => (relationMasks[CheckEdge(edge)] & Bit(relation)) != 0;

    /// <summary>The index into <see cref="UndirectedGraph.Edges"/> of the edge between nodes <paramref name="u"/> and <paramref name="v"/>, or null when they are not adjacent.</summary>
    public int? FindEdge(int u, int v)
    {
        CheckNode(u, nameof(u));
        CheckNode(v, nameof(v));
        var position = Graph.Neighbors(u).BinarySearch(v);
        return position >= 0 ? Graph.NeighborEdges(u)[position] : null;
    }

    /// <summary>
    /// The same graph and edges with other node attributes (names, sectors, community-led flags, indexed like the
    /// graph's nodes): how a write that renames or reclassifies nodes updates a projection without re-projecting.
    /// </summary>
    internal NetworkProjection WithAttributes(string[] names, Sector?[] newSectors, bool[] newCommunityLed)
    {
        if (names.Length != nodeNames.Length || newSectors.Length != sectors.Length || newCommunityLed.Length != communityLed.Length)
        {
            throw new ArgumentException($"The {Kind} projection has {nodeNames.Length} nodes; attributes were given for another count.", nameof(names));
        }

        return new NetworkProjection(Kind, Graph, nodeKinds, names, newSectors, newCommunityLed, relationMasks);
    }

    /// <summary>Each edge's relation bits, aligned with <see cref="UndirectedGraph.Edges"/> (<see cref="ProjectionPatch"/> reads them).</summary>
    internal IReadOnlyList<uint> Masks => relationMasks;

    internal static uint Bit(EdgeRelation relation) => 1u << (int)relation;

    private ContentFingerprint ComputeFingerprint()
    {
        using var hasher = new ContentHasher();
        hasher.Add((int)Kind).Add(Graph.NodeCount);
        for (var i = 0; i < Graph.NodeCount; i++)
        {
            hasher.Add(Graph.NodeIds[i]).Add((int)nodeKinds[i]).Add(nodeNames[i]).Add(sectors[i] is { } sector ? (int)sector : -1).Add(communityLed[i]);
        }

        hasher.Add(Graph.EdgeCount);
        var edges = Graph.Edges;
        for (var k = 0; k < edges.Count; k++)
        {
            var edge = edges[k];
            hasher.Add(edge.U).Add(edge.V).Add(edge.Weight).Add((int)relationMasks[k]);
        }

        return hasher.Finish();
    }

    private int CheckEdge(int edge) =>
        (uint)edge < (uint)relationMasks.Length
            ? edge
            : throw new ArgumentOutOfRangeException(nameof(edge), edge, $"Edge index must be in 0..{relationMasks.Length - 1}.");

    private void CheckNode(int node, string name)
    {
        if ((uint)node >= (uint)Graph.NodeCount)
        {
            throw new ArgumentOutOfRangeException(name, node, $"Node index must be in 0..{Graph.NodeCount - 1}.");
        }
    }
}
