using CollectiveImpact.Graph.Analytics.Centrality;
using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Analytics.Tests.Fixtures;

namespace CollectiveImpact.Graph.Analytics.Tests.Centrality;

/// <summary>
/// The hub plan (<see cref="BetweennessBatchPlan"/>): every vertex a source exactly once, batches of at most sixteen,
/// and the people of one organization in one batch. Hand-built graphs; the expected groups follow from the definition
/// (a vertex's hub is its highest-degree neighbour, or itself).
/// </summary>
public sealed class BetweennessBatchPlanTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(70)]
    public void ByHub_RandomGraph_CoversEveryVertexOnceInBatchesOfAtMostSixteen(int nodes)
    {
        var graph = RandomGraphs.Sparse(nodes, nodes, Math.Min(nodes * (nodes - 1) / 2, 2 * nodes));

        var plan = BetweennessBatchPlan.ByHub(graph);

        var batches = Enumerable.Range(0, plan.BatchCount).Select(b => plan.Batch(b).ToArray()).ToList();
        Assert.All(batches, b => Assert.InRange(b.Length, 1, BetweennessBatchedBrandes.Lanes));
        Assert.Equal(Enumerable.Range(0, nodes), batches.SelectMany(b => b).Order());
        Assert.Equal((nodes + BetweennessBatchedBrandes.Lanes - 1) / BetweennessBatchedBrandes.Lanes, plan.BatchCount);
    }

    [Fact]
    public void ByHub_OrganizationsWithTheirPeople_PutsEachOrganizationsPeopleSideBySide()
    {
        // Three organizations in a row, each with nine people who also tie to one colleague: a person's
        // highest-degree neighbour is their organization. People are numbered across organizations, so that index
        // order alone would interleave them.
        var organizations = new[] { "org-a", "org-b", "org-c" };
        var people = Enumerable.Range(0, 27).Select(p => $"person-{p}").ToList();
        string EmployerOf(int p) => organizations[p % 3];
        var edges = new List<(string, string, double)> { ("org-a", "org-b", 1.0), ("org-b", "org-c", 1.0) };
        for (var p = 0; p < 27; p++)
        {
            edges.Add((EmployerOf(p), people[p], 1.0));
            edges.Add((people[p], people[(p + 3) % 27], 1.0)); // a colleague at the same organization
        }

        var graph = UndirectedGraph.Create([.. organizations, .. people], edges);

        var plan = BetweennessBatchPlan.ByHub(graph);

        var order = Enumerable.Range(0, plan.BatchCount).SelectMany(b => plan.Batch(b).ToArray()).Select(v => graph.NodeIds[v]).ToList();
        foreach (var organization in organizations)
        {
            var positions = Enumerable.Range(0, 27).Where(p => EmployerOf(p) == organization).Select(p => order.IndexOf(people[p])).Order().ToList();
            Assert.Equal(Enumerable.Range(positions[0], 9), positions);
        }
    }
}
