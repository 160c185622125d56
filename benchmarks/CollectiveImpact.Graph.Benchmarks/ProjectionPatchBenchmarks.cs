using BenchmarkDotNet.Attributes;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;
using CollectiveImpact.Graph.Store.Validation;

namespace CollectiveImpact.Graph.Benchmarks;

/// <summary>
/// A small write on the generated 20,000-organization network, then the projection of the new version with its
/// fingerprint (what an analysis needs first): carried over from the previous version's built projection
/// (<see cref="ProjectionSet(NetworkSnapshot, ProjectionSet?)"/>: patched) against built afresh. The two in one run, so
/// the ratio holds on a noisy machine (issue 14, item 6).
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet derives from benchmark classes.</remarks>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ProjectionPatchBenchmarks
{
    private ProjectionSet before = null!;
    private NetworkSnapshot after = null!;

    [Params("person deleted", "activity deleted", "organization deleted", "tie added")]
    public string Write { get; set; } = "person deleted";

    [Params(ProjectionKind.Full, ProjectionKind.Organizations)]
    public ProjectionKind Kind { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var network = BenchmarkGraphs.Network(20_000);
        before = new ProjectionSet(new NetworkSnapshot(1, network));
        _ = before.Get(Kind).Fingerprint;
        var change = Write switch
        {
            "person deleted" => new NetworkChange(Network.Empty, DeleteNodes: [network.People[network.People.Count / 2].Id]),
            "activity deleted" => new NetworkChange(Network.Empty, DeleteNodes: [network.Activities[network.Activities.Count / 2].Id]),
            // One nothing kept refers to, as validation requires: no people, no activity, not the backbone.
            "organization deleted" => new NetworkChange(Network.Empty, DeleteNodes: [network.Organizations.First(o =>
                network.People.All(p => p.Organization != o.Id)
                && network.Activities.All(a => a.Lead != o.Id && !a.Partners.Contains(o.Id))
                && network.Initiative?.Backbone != o.Id).Id]),
            _ => NetworkChange.Merge(Network.Empty with { Ties = [new Tie(network.Organizations[1].Id, network.Organizations[^2].Id, TieType.Collaborates)] }),
        };
        after = new NetworkSnapshot(2, NetworkChangeApplier.Apply(network, change));
        if (new ProjectionSet(after, before).OriginOf(Kind) != ProjectionOrigin.Patched)
        {
            throw new InvalidOperationException($"{Write}: {Kind} was not patched; the benchmark would compare two builds.");
        }
    }

    [Benchmark(Baseline = true)]
    public ContentFingerprint Fresh() => new ProjectionSet(after).Get(Kind).Fingerprint;

    [Benchmark]
    public ContentFingerprint Carried() => new ProjectionSet(after, before).Get(Kind).Fingerprint;
}
