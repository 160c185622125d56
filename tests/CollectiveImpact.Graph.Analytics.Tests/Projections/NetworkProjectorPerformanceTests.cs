using System.Reflection;
using DebuggableAttribute = System.Diagnostics.DebuggableAttribute;
using Stopwatch = System.Diagnostics.Stopwatch;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Tests.Projections;

/// <summary>
/// A 200,000-node synthetic network (random, seeded; 490,000 ties). The bound is loose on purpose: the projections take
/// well under a second each in Release on an idle machine, but tests may run unoptimized (Debug: several times slower)
/// on a shared 2-core machine, so the test catches a quadratic regression (hours at this size), not jitter: 3 s per
/// projection when the library is optimized, 30 s when it is not. It runs alone (its own collection).
/// </summary>
[Collection(nameof(NetworkProjectorPerformanceTests))]
[CollectionDefinition(nameof(NetworkProjectorPerformanceTests), DisableParallelization = true)]
public sealed class NetworkProjectorPerformanceTests
{
    [Fact]
    public void Project_TwoHundredThousandNodes_FinishesWithinLooseBound()
    {
        var network = Synthetic(goals: 2_000, indicators: 8_000, organizations: 30_000, people: 140_000, activities: 20_000, seed: 5);
        NetworkProjector.Project(Network.Empty, ProjectionKind.Full); // warm up the JIT

        var optimized = typeof(NetworkProjector).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled != true;
        var bound = TimeSpan.FromSeconds(optimized ? 3 : 30);

        foreach (var kind in Enum.GetValues<ProjectionKind>())
        {
            var watch = Stopwatch.StartNew();
            var projection = NetworkProjector.Project(network, kind);
            watch.Stop();

            Assert.True(projection.Graph.EdgeCount > 0);
            Assert.True(watch.Elapsed < bound, $"{kind}: {watch.Elapsed.TotalMilliseconds:F0} ms for {projection.Graph.NodeCount} nodes, {projection.Graph.EdgeCount} edges");
        }
    }

    internal static Network Synthetic(int goals, int indicators, int organizations, int people, int activities, int seed)
    {
        var random = new Random(seed);
        var g = Enumerable.Range(0, goals).Select(i => new Goal($"g{i}", $"Goal {i}")).ToArray();
        var ind = Enumerable.Range(0, indicators).Select(i => new Indicator($"i{i}", $"Indicator {i}", $"g{random.Next(goals)}")).ToArray();
        var orgs = Enumerable.Range(0, organizations)
            .Select(i => new Organization($"o{i}", $"Org {i}", (Sector)random.Next(10), random.Next(5) == 0, [$"g{random.Next(goals)}"]))
            .ToArray();
        var ppl = Enumerable.Range(0, people).Select(i => new Person($"p{i}", $"Person {i}", $"o{random.Next(organizations)}")).ToArray();
        var act = Enumerable.Range(0, activities)
            .Select(i => new Activity(
                $"a{i}", $"Activity {i}", $"o{random.Next(organizations)}",
                Enumerable.Range(0, random.Next(4)).Select(_ => $"o{random.Next(organizations)}").ToArray(),
                Enumerable.Range(0, 1 + random.Next(2)).Select(_ => $"i{random.Next(indicators)}").ToArray()))
            .ToArray();
        var ties = new List<Tie>();
        for (var i = 0; i < organizations * 3; i++)
        {
            ties.Add(new Tie($"o{random.Next(organizations)}", $"o{random.Next(organizations)}", (TieType)random.Next(5)));
        }

        for (var i = 0; i < people * 2; i++)
        {
            ties.Add(new Tie($"p{random.Next(people)}", $"p{random.Next(people)}", TieType.Communicates));
        }

        for (var i = 0; i < activities; i++)
        {
            ties.Add(new Tie($"a{random.Next(activities)}", $"a{random.Next(activities)}", TieType.FeedsInto));
        }

        return new Network(new Initiative("init", "Synthetic"), g, ind, [], orgs, ppl, act, ties);
    }
}
