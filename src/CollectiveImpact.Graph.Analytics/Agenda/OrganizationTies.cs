using CollectiveImpact.Graph.Analytics.Projections;

namespace CollectiveImpact.Graph.Analytics.Agenda;

/// <summary>
/// "Joined in the ORGANIZATIONS projection", asked by organization id, optionally with introductions added on top
/// (the what-if of brokerage: edges that exist only in memory).
/// </summary>
internal sealed class OrganizationTies
{
    private readonly NetworkProjection projection;
    private readonly HashSet<(string, string)> introduced = [];
    private readonly Dictionary<int, List<int>> introducedByNode = [];

    public OrganizationTies(NetworkProjection projection, IEnumerable<(string A, string B)>? introductions = null)
    {
        if (projection.Kind != ProjectionKind.Organizations)
        {
            throw new ArgumentException($"Expected the ORGANIZATIONS projection, got {projection.Kind}.", nameof(projection));
        }

        this.projection = projection;
        foreach (var (a, b) in introductions ?? [])
        {
            introduced.Add(Key(a, b));
            if (a != b && projection.Graph.TryGetIndex(a, out var u) && projection.Graph.TryGetIndex(b, out var v))
            {
                Introduce(u, v);
                Introduce(v, u);
            }
        }
    }

    public NetworkProjection Projection => projection;

    /// <summary>The node index of organization <paramref name="id"/> in the projection.</summary>
    public int NodeOf(string id) => projection.Graph.IndexOf(id);

    /// <summary>Whether nodes <paramref name="u"/> and <paramref name="v"/> of the projection are joined (or introduced).</summary>
    public bool Joined(int u, int v) =>
        u != v && (projection.Graph.WeightBetween(u, v) > 0
            || (introduced.Count > 0 && introduced.Contains(Key(projection.Graph.NodeIds[u], projection.Graph.NodeIds[v]))));

    /// <summary>
    /// Sets <c>marks[w] = mark</c> for every node w joined to <paramref name="u"/> (or introduced to it): the same
    /// answer as <see cref="Joined(int, int)"/> for every w at once, so a walk over many pairs asks in O(1) each.
    /// </summary>
    public void Mark(int u, int[] marks, int mark)
    {
        var neighbors = projection.Graph.Neighbors(u);
        var weights = projection.Graph.NeighborWeights(u);
        for (var i = 0; i < neighbors.Length; i++)
        {
            if (weights[i] > 0 && neighbors[i] != u)
            {
                marks[neighbors[i]] = mark;
            }
        }

        if (introducedByNode.TryGetValue(u, out var introducedTo))
        {
            foreach (var w in introducedTo)
            {
                marks[w] = mark;
            }
        }
    }

    public bool Joined(string a, string b) => a != b && (Edge(a, b) is not null || introduced.Contains(Key(a, b)));

    /// <summary>What joins <paramref name="a"/> and <paramref name="b"/> in the stored network; empty when nothing (or only an introduction) does.</summary>
    public IReadOnlyList<EdgeRelation> RelationsBetween(string a, string b) =>
        Edge(a, b) is { } edge ? projection.RelationsOf(edge) : [];

    private void Introduce(int u, int v)
    {
        if (!introducedByNode.TryGetValue(u, out var list))
        {
            introducedByNode[u] = list = [];
        }

        list.Add(v);
    }

    private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    private int? Edge(string a, string b) =>
        a != b && projection.Graph.TryGetIndex(a, out var u) && projection.Graph.TryGetIndex(b, out var v)
            ? projection.FindEdge(u, v)
            : null;
}
