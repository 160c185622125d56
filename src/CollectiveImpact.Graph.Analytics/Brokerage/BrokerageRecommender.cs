using CollectiveImpact.Graph.Analytics.Agenda;
using CollectiveImpact.Graph.Analytics.Execution;
using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Brokerage;

/// <summary>
/// Brokerage recommendations: where the backbone should broker new connections (analyses.md §5).
/// </summary>
/// <remarks>
/// <para><b>Definition.</b> "Candidate pairs of organizations that are not joined in the ORGANIZATIONS projection
/// but share at least one goal (committed to, or reached through their activities' indicators). Ranked by a score
/// that rises with how much they share (goals, indicators, populations, places) and with how far apart they are
/// (shortest path; none at all is farthest; different communities count too)." An organization's indicators,
/// populations and places are those of the activities it leads or partners on.</para>
/// <para><b>Score.</b> <see cref="Score"/> = sharing × distance × communities, where sharing =
/// log2(1 + goals) + 2·log2(1 + indicators) + log2(1 + populations) + ½·log2(1 + places) over the shared counts
/// (each kind with diminishing returns, indicators weighing most because a shared measure is the most concrete
/// common ground); distance = 1 for two steps (they already have a contact in common, often the backbone), 2 for
/// three, 3 for four or more, 4 for no path; communities = 1.25 when the two are in different Louvain communities,
/// else 1. So the factor on sharing is at most <see cref="MaxDistanceFactor"/> = 5. Multiplying rather than adding
/// says an introduction is worth what the two have in common, times how much of a structural hole it bridges
/// (Burt 1992): a pair two steps apart gains little from an introduction however much it shares.</para>
/// <para><b>The spec's guarantee.</b> "A pair that shares two or more indicators and a population, and has no path
/// or a path of four or more steps, must rank above every pair that shares only one goal." Such a pair shares at
/// least one goal too (its indicators measure one), so it scores at least (1 + 2·log2 3 + 1) × 3 ≈ 15.5; a pair
/// sharing only one goal (and no indicator, population or place) scores at most 1 × 4 × 1.25 = 5.</para>
/// <para><b>Efficiency (no O(n²) enumeration).</b> Profiles are bitsets, so comparing two organizations costs a
/// few popcounts. Each organization's bound is its score with itself at the largest factor it could reach (5 when
/// some organization lies outside its component, else 3.75). Organizations are visited in descending bound; a visit
/// walks only the goal → organizations index of the visitor's goals, from the visitor's position on (each pair is
/// seen once, from its higher-bound end), and stops a list as soon as a partner's bound falls below the
/// <c>top</c>-th best score found; the whole search stops when the visitor's own bound does. A pair is measured
/// (distance, community) only when its sharing times its largest possible factor could still make the cut, and
/// ranking needs only "2, 3, 4 or more, or none": a breadth-first search cut at depth 2 from the visitor and a look at the partner's neighbours (three steps), plus
/// connected components. The exact distance is computed for the returned pairs only. Worst case (every bound
/// equal) O(Σ_g n_g² + V·(V + E)) for n_g organizations per goal; on a generated 20,000-organization network
/// (5 goals, 15 indicators, 118,000 projected edges) it visits about 3,800 organizations and compares about 8
/// million of the 200 million pairs. The result is exact: the pruning never drops a pair that would rank in the
/// top.</para>
/// <para><b>Cancellation.</b> The token is looked at before each visitor, every 1,024 pairs compared, inside
/// Louvain, and before each returned pair's exact distance; cancelled, the search throws
/// <see cref="OperationCanceledException"/>.</para>
/// <para><b>Determinism.</b> Louvain runs with <see cref="BrokerageOptions.Seed"/>; equal scores are ordered by the
/// pair's ids (ordinal).</para>
/// <para><b>Sources.</b> Burt, R. S. (1992) Structural Holes: The Social Structure of Competition, Harvard University
/// Press (brokerage across structural holes); Kania, J. and Kramer, M. (2011) "Collective Impact", Stanford Social
/// Innovation Review 9(1), 36–41 (the backbone's role); Blondel, V. D. et al. (2008) "Fast unfolding of communities
/// in large networks", J. Stat. Mech. P10008, doi:10.1088/1742-5468/2008/10/P10008 (Louvain).</para>
/// </remarks>
public static class BrokerageRecommender
{
    /// <summary>The most the distance and community factors of <see cref="Score"/> can multiply sharing by: no path (4) × different communities (1.25).</summary>
    public const double MaxDistanceFactor = 5.0;

    private const int DepthForRanking = 3;

    private static readonly double[] Log2Table = [.. Enumerable.Range(0, 256).Select(i => Math.Log2(1 + i))];

    /// <summary>Recommends introductions, building the ORGANIZATIONS projection of <paramref name="network"/>.</summary>
    public static BrokerageReport Run(Network network, BrokerageOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        return Run(network, NetworkProjector.Project(network, ProjectionKind.Organizations), options, cancellationToken);
    }

    /// <summary>Recommends introductions with an ORGANIZATIONS projection of <paramref name="network"/> already built.</summary>
    public static BrokerageReport Run(
        Network network,
        NetworkProjection organizations,
        BrokerageOptions? options = null,
        CancellationToken cancellationToken = default) =>
        Run(network, organizations, options, memo: null, cancellationToken);

    /// <summary>
    /// As the other overloads, taking the agenda index and the seeded Louvain communities from <paramref name="memo"/>,
    /// the memo of this very network version, when another analysis already computed them (and leaving them there);
    /// when a ranking at least <c>top</c> wide of the same seed was computed on it, its first <c>top</c> recommendations
    /// (<see cref="BrokerageRankings"/>: exact, the ranking being a total order).
    /// </summary>
    public static BrokerageReport Run(
        Network network,
        NetworkProjection organizations,
        BrokerageOptions? options,
        AnalysisMemo? memo,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(organizations);
        options ??= new BrokerageOptions();
        if (options.Top < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Top, "top must be zero or more.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var ties = new OrganizationTies(organizations);
        var rankings = SharedParts.Rankings(memo, options.Seed, cancellationToken);
        if (rankings?.Best(options.Top) is { } known)
        {
            return new BrokerageReport(options, known);
        }

        var index = SharedParts.Agenda(memo, network, cancellationToken);
        var report = new BrokerageReport(options, new Search(index, ties, options, memo, cancellationToken).Run());
        rankings?.Offer(report);
        return report;
    }

    /// <summary>
    /// The ranking score of a pair (see the remarks): sharing, with diminishing returns per kind, times 1 (two steps),
    /// 2 (three), 3 (four or more) or 4 (no path), times 1.25 for different communities.
    /// </summary>
    /// <param name="goals">Goals both work on.</param>
    /// <param name="indicators">Indicators both move.</param>
    /// <param name="populations">Populations both serve.</param>
    /// <param name="places">Places both work in.</param>
    /// <param name="distance">Steps between the two; null when no path joins them. One step (already joined) counts as two.</param>
    /// <param name="differentCommunities">Whether their Louvain communities differ.</param>
    public static double Score(int goals, int indicators, int populations, int places, int? distance, bool differentCommunities)
    {
        if (goals < 0 || indicators < 0 || populations < 0 || places < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(goals), "Shared counts must be zero or more.");
        }

        var sharing = Log2OnePlus(goals) + (2 * Log2OnePlus(indicators)) + Log2OnePlus(populations) + (0.5 * Log2OnePlus(places));
        var far = distance switch
        {
            null => 4.0,
            >= 4 => 3.0,
            3 => 2.0,
            _ => 1.0,
        };
        return sharing * far * (differentCommunities ? 1.25 : 1.0);
    }

    /// <summary>log2(1 + count), from a table for the small counts the search scores millions of times (the same doubles).</summary>
    private static double Log2OnePlus(int count) => count < Log2Table.Length ? Log2Table[count] : Math.Log2(1 + count);

    private sealed class Search(AgendaIndex index, OrganizationTies ties, BrokerageOptions options, AnalysisMemo? memo, CancellationToken cancellationToken)
    {
        private readonly UndirectedGraph graph = ties.Projection.Graph;
        private readonly List<int> reached = [];

        public IReadOnlyList<BrokerageRecommendation> Run()
        {
            if (options.Top == 0 || graph.NodeCount < 2)
            {
                return [];
            }

            var profiles = SharedParts.Profiles(memo, index, graph, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            var components = GraphMeasures.ComponentLabels(graph, cancellationToken);
            var componentSize = new int[graph.NodeCount];
            foreach (var component in components)
            {
                componentSize[component]++;
            }

            // An organization's bound: what it shares with itself, at the farthest distance it could be from anyone.
            var bound = new double[graph.NodeCount];
            for (var o = 0; o < graph.NodeCount; o++)
            {
                bound[o] = profiles.Own(o).Score(componentSize[components[o]] < graph.NodeCount ? null : DepthForRanking + 1, true);
            }

            var order = Enumerable.Range(0, graph.NodeCount)
                .OrderByDescending(o => bound[o])
                .ThenBy(o => graph.NodeIds[o], StringComparer.Ordinal)
                .ToArray();
            var position = new int[order.Length];
            for (var p = 0; p < order.Length; p++)
            {
                position[order[p]] = p;
            }

            var members = Enumerable.Range(0, profiles.GoalCount)
                .Select(g => profiles.OrganizationsOn(g).OrderBy(o => position[o]).ToArray())
                .ToArray();
            var communities = SharedParts.Communities(memo, graph, options.Seed, cancellationToken);
            var best = new SortedSet<Candidate>(Candidate.BestFirst);
            var seen = new int[graph.NodeCount];
            Array.Fill(seen, -1);
            var near = new int[graph.NodeCount];
            long compared = 0;
            foreach (var a in order)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (best.Count == options.Top && bound[a] < best.Max!.Score)
                {
                    break;
                }

                var nearFilled = false;
                foreach (var goal in profiles.GoalsOf(a))
                {
                    // Partners after a in bound order only: earlier ones were paired with a when they were visited.
                    var list = members[goal];
                    var first = FirstAfter(list, position, position[a]);
                    for (var k = first; k < list.Length; k++)
                    {
                        var b = list[k];
                        if (best.Count == options.Top && bound[b] < best.Max!.Score)
                        {
                            break;
                        }

                        Checkpoint.Every(++compared, cancellationToken);
                        if (seen[b] == a)
                        {
                            continue;
                        }

                        seen[b] = a;
                        var shared = profiles.Shared(a, b);
                        var sameComponent = components[a] == components[b];
                        if (best.Count == options.Top && shared.Score(sameComponent ? DepthForRanking + 1 : null, true) < best.Max!.Score)
                        {
                            continue;
                        }

                        if (graph.WeightBetween(a, b) > 0)
                        {
                            continue;
                        }

                        if (!nearFilled)
                        {
                            FillNear(a, near);
                            nearFilled = true;
                        }

                        int? distance = !sameComponent ? null : RankingDistance(b, near);
                        var score = shared.Score(distance, communities[a] != communities[b]);
                        if (best.Count == options.Top && score < best.Max!.Score)
                        {
                            continue;
                        }

                        var candidate = new Candidate(a, b, graph.NodeIds, shared, score);
                        if (best.Count < options.Top)
                        {
                            best.Add(candidate);
                        }
                        else if (Candidate.BestFirst.Compare(candidate, best.Max!) < 0)
                        {
                            best.Remove(best.Max!);
                            best.Add(candidate);
                        }
                    }
                }
            }

            return Describe(best.ToList(), profiles, communities);
        }

        /// <summary>The index in <paramref name="list"/> (sorted by position) of its first organization positioned after <paramref name="after"/>.</summary>
        private static int FirstAfter(int[] list, int[] position, int after)
        {
            int low = 0, high = list.Length;
            while (low < high)
            {
                var mid = (low + high) / 2;
                if (position[list[mid]] <= after)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            return low;
        }

        /// <summary>
        /// Marks in <paramref name="near"/> the distance (1 or 2) of every node within two steps of
        /// <paramref name="source"/>, −1 at the source, 0 elsewhere: a breadth-first search cut at depth 2 over reused
        /// buffers (<see cref="RankingDistance"/> tells three steps from four or more by a look at the partner's
        /// neighbours). Not <see cref="Traversal.Neighborhood.Around"/>, which allocates O(V) and collects the induced
        /// edges on every call for the network map (measured: 25 s of a 31 s search); and not cut at depth 3, whose ball
        /// on the 20,000-organization projection is thousands of nodes per visitor, most of the search's time.
        /// </summary>
        private void FillNear(int source, int[] near)
        {
            foreach (var node in reached)
            {
                near[node] = 0;
            }

            reached.Clear();
            near[source] = -1;
            reached.Add(source);
            var frontierStart = 0;
            for (var steps = 1; steps < DepthForRanking; steps++)
            {
                var frontierEnd = reached.Count;
                for (var i = frontierStart; i < frontierEnd; i++)
                {
                    foreach (var next in graph.Neighbors(reached[i]))
                    {
                        if (near[next] == 0)
                        {
                            near[next] = steps;
                            reached.Add(next);
                        }
                    }
                }

                frontierStart = frontierEnd;
            }
        }

        /// <summary>
        /// Steps from the visitor (whose ball <paramref name="near"/> holds) to <paramref name="b"/>, a node of its
        /// component not joined to it, as ranking needs it: 2, 3, or <see cref="DepthForRanking"/> + 1 for four or
        /// more. Three exactly when b is not within two steps but a neighbour of b is (a neighbour one step away would
        /// put b within two).
        /// </summary>
        private int RankingDistance(int b, int[] near)
        {
            if (near[b] > 0)
            {
                return near[b];
            }

            foreach (var w in graph.Neighbors(b))
            {
                if (near[w] > 0)
                {
                    return near[w] + 1;
                }
            }

            return DepthForRanking + 1;
        }

        private List<BrokerageRecommendation> Describe(List<Candidate> ranked, Profiles profiles, int[] communities)
        {
            var result = new List<BrokerageRecommendation>(ranked.Count);
            var backbone = index.Backbone;
            for (var i = 0; i < ranked.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var c = ranked[i];
                var rank = i > 0 && ranked[i - 1].Score.Equals(c.Score) ? result[i - 1].Rank : i + 1;
                var (a, b) = (graph.NodeIds[c.A], graph.NodeIds[c.B]);
                var distance = GraphMeasures.Distance(graph, c.A, c.B);
                var backboneTied = backbone is not null && backbone != a && backbone != b && ties.Joined(backbone, a) && ties.Joined(backbone, b);
                var shared = profiles.Describe(c.A, c.B);
                result.Add(new BrokerageRecommendation(
                    a, b, c.Score, rank, shared.Goals, shared.Indicators, shared.Populations, shared.Places, distance,
                    communities[c.A], communities[c.B], backboneTied,
                    Sentence(a, b, shared, distance, communities[c.A] != communities[c.B], backboneTied)));
            }

            return result;
        }

        private string Sentence(string a, string b, SharedLists shared, int? distance, bool differentCommunities, bool backboneTied)
        {
            var what = shared.Indicators.Count > 0
                ? Phrases.Names(shared.Indicators.Select(index.NameOf))
                : $"the goal{(shared.Goals.Count == 1 ? string.Empty : "s")} {Phrases.Names(shared.Goals.Select(index.NameOf))}";
            var whom = shared.Populations.Count > 0 ? $" with {string.Join(", ", shared.Populations)}" : string.Empty;
            var where = shared.Places.Count > 0 ? $" in {string.Join(", ", shared.Places)}" : string.Empty;
            var apart = distance is { } d
                ? $"they are {Phrases.Steps(d)} apart, organization to organization{(differentCommunities ? ", and in different communities" : string.Empty)}"
                : "no chain of partners connects them";
            var broker = backboneTied && index.Backbone is { } backbone
                ? $" '{index.NameOf(backbone)}' works with both and can make the introduction."
                : string.Empty;
            return $"Introduce '{index.NameOf(a)}' to '{index.NameOf(b)}': both work on {what}{whom}{where}, but {apart}.{broker}";
        }
    }
}
