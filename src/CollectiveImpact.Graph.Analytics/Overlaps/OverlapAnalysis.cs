using CollectiveImpact.Graph.Analytics.Agenda;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Analytics.Reinforcement;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Overlaps;

/// <summary>
/// Overlap analysis: activities that duplicate one another, or miss a chance to reinforce one another (analyses.md §3).
/// </summary>
/// <remarks>
/// <para><b>Definition.</b> "Pairs of activities with different lead organizations whose indicator sets overlap with
/// Jaccard similarity at least <c>minSimilarity</c> (default 0.5), and that share at least one population and at
/// least one place where both list any." Jaccard(A, B) = |I(A) ∩ I(B)| / |I(A) ∪ I(B)| over the activities'
/// distinct indicators; two activities without indicators do not overlap. "Where both list any" is read per list:
/// the population condition applies only when both activities list populations, and the place condition only
/// when both list places (an activity that names no place is not evidence of a different place).</para>
/// <para>A pair is <c>COORDINATED</c> "when their lead organizations are joined in the ORGANIZATIONS projection, or a
/// FEEDS_INTO tie joins the two activities (either way), or they share a partner organization" (an organization in
/// both activities' partner lists); every reason that holds is reported, with the relations joining the leads.
/// Otherwise <c>UNCOORDINATED</c>: "a duplication risk the backbone should look at".</para>
/// <para><b>Parameters.</b> <see cref="OverlapOptions.MinSimilarity"/>, default 0.5, in (0, 1]. The cancellation
/// token is looked at before each activity's candidates; cancelled, the call throws
/// <see cref="OperationCanceledException"/>.</para>
/// <para><b>Complexity.</b> Candidates come from an indicator → activities index, so only pairs sharing an
/// indicator are looked at: O(Σ_i a_i²) for a_i activities moving indicator i, plus sorting the result.</para>
/// <para><b>Source.</b> Kania, J. and Kramer, M. (2011) "Collective Impact", Stanford Social Innovation Review 9(1),
/// 36–41 (mutually reinforcing activities); Jaccard, P. (1912) "The distribution of the flora in the alpine
/// zone", New Phytologist 11(2), 37–50.</para>
/// </remarks>
public static class OverlapAnalysis
{
    /// <summary>Finds overlapping activities, building the ORGANIZATIONS projection of <paramref name="network"/>.</summary>
    public static OverlapReport Run(Network network, OverlapOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        return Run(network, NetworkProjector.Project(network, ProjectionKind.Organizations), options, cancellationToken);
    }

    /// <summary>Finds overlapping activities with an ORGANIZATIONS projection of <paramref name="network"/> already built.</summary>
    public static OverlapReport Run(
        Network network,
        NetworkProjection organizations,
        OverlapOptions? options = null,
        CancellationToken cancellationToken = default) =>
        Run(network, organizations, options, memo: null, cancellationToken);

    /// <summary>As the other overloads, taking the agenda index from <paramref name="memo"/>, the memo of this very network version.</summary>
    public static OverlapReport Run(
        Network network,
        NetworkProjection organizations,
        OverlapOptions? options,
        AnalysisMemo? memo,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(organizations);
        options ??= new OverlapOptions();
        if (!(options.MinSimilarity > 0 && options.MinSimilarity <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MinSimilarity, "minSimilarity must be in (0, 1].");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var index = SharedParts.Agenda(memo, network, cancellationToken);
        var ties = new OrganizationTies(organizations);
        var overlaps = new List<ActivityOverlap>();
        var sides = new Dictionary<string, PairedActivity>(StringComparer.Ordinal);
        var ids = network.Activities.Select(a => a.Id).Order(StringComparer.Ordinal).ToArray();
        var rank = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            rank[ids[i]] = i;
        }

        var activities = ids.Select(index.Activity).ToArray();
        var indicatorCounts = activities.Select(a => a.Indicators.Distinct(StringComparer.Ordinal).Count()).ToArray();
        // Each indicator's activities as ranks, looked up once per indicator rather than once per candidate (millions).
        var ranksMoving = new Dictionary<string, int[]>(StringComparer.Ordinal);
        int[] RanksMoving(string indicator)
        {
            if (!ranksMoving.TryGetValue(indicator, out var ranks))
            {
                ranksMoving[indicator] = ranks = [.. index.ActivitiesMoving(indicator).Select(other => rank[other])];
            }

            return ranks;
        }

        var shared = new int[ids.Length];
        var touched = new List<int>();
        for (var a = 0; a < ids.Length; a++)
        {
            // An activity's candidates cost at most the activities sharing an indicator with it: thousands of steps.
            cancellationToken.ThrowIfCancellationRequested();
            var activityA = activities[a];
            foreach (var indicator in activityA.Indicators.Distinct(StringComparer.Ordinal))
            {
                foreach (var b in RanksMoving(indicator))
                {
                    if (b > a && shared[b]++ == 0)
                    {
                        touched.Add(b);
                    }
                }
            }

            touched.Sort();
            foreach (var b in touched)
            {
                var common = shared[b];
                shared[b] = 0;
                var activityB = activities[b];
                if (activityA.Lead == activityB.Lead)
                {
                    continue;
                }

                var similarity = (double)common / (indicatorCounts[a] + indicatorCounts[b] - common);
                if (similarity < options.MinSimilarity)
                {
                    continue;
                }

                // Checked without allocating: most pairs similar enough fail here (2 million candidates, 29,000 overlaps at
                // 20,000 organizations), and building their shared lists first had been most of the analysis's allocation.
                if (!SharesWhereBothList(activityA.Populations, activityB.Populations) || !SharesWhereBothList(activityA.Places, activityB.Places))
                {
                    continue;
                }

                overlaps.Add(Describe(
                    index, ties, sides, activityA, activityB, similarity, Common(activityA.Indicators, activityB.Indicators),
                    Common(activityA.Populations, activityB.Populations), Common(activityA.Places, activityB.Places)));
            }

            touched.Clear();
        }

        var ordered = overlaps
            .OrderBy(o => o.Status)
            .ThenByDescending(o => o.Similarity)
            .ThenBy(o => o.ActivityA, StringComparer.Ordinal)
            .ThenBy(o => o.ActivityB, StringComparer.Ordinal)
            .ToList();
        return new OverlapReport(options, ordered);
    }

    private static bool SharesWhereBothList(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Count == 0 || b.Count == 0 || AnyCommon(a, b);

    // The lists are a few entries long: comparing every pair beats hashing.
    private static bool AnyCommon(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        for (var i = 0; i < a.Count; i++)
        {
            for (var j = 0; j < b.Count; j++)
            {
                if (string.Equals(a[i], b[j], StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Most candidate pairs are dropped; an empty list on either side (common for populations and places) costs nothing.
    private static List<string> Common(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Count == 0 || b.Count == 0 ? [] : a.Intersect(b, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    private static PairedActivity Side(Dictionary<string, PairedActivity> sides, AgendaIndex index, Activity activity)
    {
        if (!sides.TryGetValue(activity.Id, out var side))
        {
            sides[activity.Id] = side = new PairedActivity(activity.Id, activity.Name, activity.Lead, index.NameOf(activity.Lead));
        }

        return side;
    }

    private static IReadOnlyList<string> Names(AgendaIndex index, List<string> ids) => ids.Count == 0 ? [] : ids.ConvertAll(index.NameOf);

    private static ActivityOverlap Describe(
        AgendaIndex index, OrganizationTies ties, Dictionary<string, PairedActivity> sides, Activity a, Activity b, double similarity,
        List<string> indicators, List<string> populations, List<string> places)
    {
        var relations = ties.RelationsBetween(a.Lead, b.Lead);
        var flows = new List<ActivityFlow>();
        if (index.FeedsInto.Contains((a.Id, b.Id)))
        {
            flows.Add(new ActivityFlow(a.Id, b.Id));
        }

        if (index.FeedsInto.Contains((b.Id, a.Id)))
        {
            flows.Add(new ActivityFlow(b.Id, a.Id));
        }

        var partners = Common(a.Partners, b.Partners);
        var reasons = new List<CoordinationReason>();
        if (relations.Count > 0)
        {
            reasons.Add(CoordinationReason.LeadsJoined);
        }

        if (flows.Count > 0)
        {
            reasons.Add(CoordinationReason.FeedsInto);
        }

        if (partners.Count > 0)
        {
            reasons.Add(CoordinationReason.SharedPartner);
        }

        return new ActivityOverlap(
            a.Id, b.Id, a.Lead, b.Lead, similarity, indicators, populations, places,
            reasons.Count == 0 ? OverlapStatus.Uncoordinated : OverlapStatus.Coordinated,
            reasons, relations, flows, partners, Side(sides, index, a), Side(sides, index, b),
            Names(index, indicators), Names(index, partners));
    }
}
