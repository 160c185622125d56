using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Structure;

/// <summary>
/// Each node's sector as a small integer code, for the by-sector measures. The caller passes sectors by node id;
/// a node that is missing from the map or maps to <c>null</c> has no known sector (code -1), and every edge touching
/// it is left out: whether such a tie crosses sectors is unknown.
/// </summary>
internal sealed class SectorGroups
{
    private SectorGroups(string[] names, int[] codeOf)
    {
        Names = names;
        CodeOf = codeOf;
    }

    /// <summary>The sectors present among the nodes, ordinal order; code <c>c</c> is <c>Names[c]</c>.</summary>
    public string[] Names { get; }

    /// <summary>The sector code by node index; -1 for unknown.</summary>
    public int[] CodeOf { get; }

    public static SectorGroups Create(UndirectedGraph graph, IReadOnlyDictionary<string, string?> sectors)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(sectors);
        var sectorOf = new string?[graph.NodeCount];
        for (var u = 0; u < sectorOf.Length; u++)
        {
            sectorOf[u] = sectors.TryGetValue(graph.NodeIds[u], out var sector) ? sector : null;
        }

        var names = sectorOf.OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var codeByName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < names.Length; c++)
        {
            codeByName[names[c]] = c;
        }

        var codeOf = sectorOf.Select(s => s is null ? -1 : codeByName[s]).ToArray();
        return new SectorGroups(names, codeOf);
    }
}
