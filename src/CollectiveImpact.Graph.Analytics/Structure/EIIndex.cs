using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Structure;

/// <summary>
/// Krackhardt and Stern's E-I index by sector: the balance of ties that cross sectors (external) over ties inside a
/// sector (internal), for the whole network and for each sector. A collective-impact network wants it well above −1:
/// sectors that only talk to themselves cannot reinforce each other. NetworkX has no function for it; the reference
/// values are computed from the fixture graphs' edges and sectors with this formula in the fixture script.
/// </summary>
/// <remarks>
/// <para><b>Formula.</b> <c>EI = (E − I) / (E + I)</c>, where <c>E</c> counts edges whose ends are in different
/// sectors and <c>I</c> edges whose ends are in the same sector. For sector <c>g</c>: <c>E_g</c> counts edges with
/// exactly one end in <c>g</c>, <c>I_g</c> edges with both ends in <c>g</c>; each edge counts once (Krackhardt and
/// Stern's subunit index, not the per-member count that would double the internal ties).</para>
/// <para><b>Normalization.</b> In [−1, 1]: −1 when all ties are internal, +1 when all are external. Unlike
/// assortativity it is not corrected for group sizes (a small sector is external-heavy by arithmetic). Undefined,
/// <c>null</c>, where <c>E + I = 0</c>: no edge between nodes of known sector (network), or none at the sector.</para>
/// <para><b>Weighted.</b> Not weighted: each tie counts once.</para>
/// <para><b>Parameters.</b> <c>sectors</c>: each node's sector by node id. A node that is missing or mapped to
/// <c>null</c> has no known sector; edges at it are left out and it belongs to no sector.</para>
/// <para><b>Complexity.</b> O(n + m) time, O(n + s) memory for <c>s</c> sectors.</para>
/// <para><b>References.</b> Krackhardt, D. and Stern, R. N., "Informal networks and organizational crises: an
/// experimental simulation", Social Psychology Quarterly 51(2), 123–140 (1988), doi:10.2307/2786835.</para>
/// </remarks>
public static class EIIndex
{
    public static EIIndexResult Compute(UndirectedGraph graph, IReadOnlyDictionary<string, string?> sectors)
    {
        var groups = SectorGroups.Create(graph, sectors);
        var s = groups.Names.Length;
        var nodes = new int[s];
        var external = new int[s];
        var internalTies = new int[s];
        foreach (var code in groups.CodeOf)
        {
            if (code >= 0)
            {
                nodes[code]++;
            }
        }

        var totalExternal = 0;
        var totalInternal = 0;
        foreach (var edge in graph.Edges)
        {
            var a = groups.CodeOf[edge.U];
            var b = groups.CodeOf[edge.V];
            if (a < 0 || b < 0)
            {
                continue;
            }

            if (a == b)
            {
                internalTies[a]++;
                totalInternal++;
            }
            else
            {
                external[a]++;
                external[b]++;
                totalExternal++;
            }
        }

        var bySector = new SectorEIIndex[s];
        for (var c = 0; c < s; c++)
        {
            bySector[c] = new SectorEIIndex(groups.Names[c], nodes[c], external[c], internalTies[c], Ratio(external[c], internalTies[c]));
        }

        return new EIIndexResult(totalExternal, totalInternal, Ratio(totalExternal, totalInternal), bySector);
    }

    private static double? Ratio(int external, int internalTies) =>
        external + internalTies == 0 ? null : (double)(external - internalTies) / (external + internalTies);
}
