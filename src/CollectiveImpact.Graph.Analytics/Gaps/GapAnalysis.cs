using CollectiveImpact.Graph.Analytics.Agenda;
using CollectiveImpact.Graph.Analytics.Progress;
using CollectiveImpact.Graph.Analytics.Projections;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Gaps;

/// <summary>
/// Gap analysis: where the five conditions of collective impact are missing (analyses.md §2).
/// </summary>
/// <remarks>
/// <para><b>Definition.</b> One finding per node that meets a rule of analyses.md §2, quoted:</para>
/// <list type="bullet">
/// <item><c>GOAL_WITHOUT_INDICATOR</c>: "a goal that no indicator measures".</item>
/// <item><c>INDICATOR_WITHOUT_ACTIVITY</c>: "an indicator no activity contributes to".</item>
/// <item><c>INDICATOR_WITHOUT_RECENT_DATA</c>: "no measurement in the <c>staleAfterDays</c> before <c>asOf</c>" —
/// read as no measurement dated in [asOf − staleAfterDays, asOf], both ends included; an indicator never measured
/// is one of these too.</item>
/// <item><c>INDICATOR_OFF_TRACK</c>: "the latest value is behind the straight line from baseline to target at its
/// date (respecting direction); needs baseline, target and one measurement" — exactly
/// <see cref="IndicatorProgress"/>'s <c>OnTrack == false</c> (same code), over the measurements up to asOf. The
/// line is clamped before the baseline date and after the target date; see <see cref="IndicatorProgress"/>.</item>
/// <item><c>ACTIVITY_OFF_AGENDA</c>: "an activity that contributes to no indicator".</item>
/// <item><c>ORGANIZATION_WITHOUT_ACTIVITY</c>: "an organization, not the backbone, that leads or partners on no activity".</item>
/// <item><c>ISOLATED_ORGANIZATION</c>: "an organization with no edge in the ORGANIZATIONS projection" (the backbone
/// included: an isolated backbone is worth knowing about).</item>
/// <item><c>GOAL_WITHOUT_COMMITMENT</c>: "a goal that no organization has committed to".</item>
/// </list>
/// <para><b>Goal filter.</b> A finding is about goal g when: it is g itself (the GOAL_ kinds); the indicator
/// measures g (the INDICATOR_ kinds); the off-agenda activity's lead or a partner works on g; the organization works on
/// g. An organization works on g when it committed to g or leads or partners on an activity moving an indicator of g.</para>
/// <para><b>Parameters.</b> <see cref="GapAnalysisOptions"/>: asOf (required), staleAfterDays (default 365), goal
/// and kinds filters (default all).</para>
/// <para><b>Cancellation.</b> The token is looked at before each goal, indicator, activity and organization
/// is examined; cancelled, the call throws <see cref="OperationCanceledException"/>.</para>
/// <para><b>Order.</b> By kind in the order of <see cref="GapKind"/>, then by node id (ordinal).</para>
/// <para><b>Complexity.</b> O(N + T + M log M) for N nodes, T ties and M measurements, plus building the
/// ORGANIZATIONS projection when it is not passed in.</para>
/// <para><b>Source.</b> Kania, J. and Kramer, M. (2011) "Collective Impact", Stanford Social Innovation Review
/// 9(1), 36–41: common agenda, shared measurement, mutually reinforcing activities, continuous communication,
/// backbone support.</para>
/// </remarks>
public static class GapAnalysis
{
    /// <summary>Runs the gap analysis, building the ORGANIZATIONS projection of <paramref name="network"/>.</summary>
    public static GapReport Run(Network network, GapAnalysisOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        return Run(network, NetworkProjector.Project(network, ProjectionKind.Organizations), options, cancellationToken);
    }

    /// <summary>Runs the gap analysis with an ORGANIZATIONS projection of <paramref name="network"/> already built.</summary>
    public static GapReport Run(
        Network network,
        NetworkProjection organizations,
        GapAnalysisOptions options,
        CancellationToken cancellationToken = default) =>
        Run(network, organizations, options, memo: null, cancellationToken);

    /// <summary>As the other overloads, taking the agenda index from <paramref name="memo"/>, the memo of this very network version.</summary>
    public static GapReport Run(
        Network network,
        NetworkProjection organizations,
        GapAnalysisOptions options,
        AnalysisMemo? memo,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(organizations);
        ArgumentNullException.ThrowIfNull(options);
        if (organizations.Kind != ProjectionKind.Organizations)
        {
            throw new ArgumentException($"Expected the ORGANIZATIONS projection, got {organizations.Kind}.", nameof(organizations));
        }

        if (options.StaleAfterDays < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.StaleAfterDays, "staleAfterDays must be zero or more.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var index = SharedParts.Agenda(memo, network, cancellationToken);
        if (options.Goal is { } goalFilter && !index.Has(goalFilter, NodeKind.Goal))
        {
            throw new ArgumentException($"Goal filter '{goalFilter}' is not a goal of the network.", nameof(options));
        }

        var finder = new Finder(index, organizations, options, cancellationToken);
        var findings = finder.Find()
            .Where(f => options.Kinds is null || options.Kinds.Contains(f.Finding.Kind))
            .Where(f => options.Goal is null || f.Goals.Contains(options.Goal))
            .Select(f => f.Finding)
            .OrderBy(f => f.Kind)
            .ThenBy(f => string.Join('\n', f.NodeIds), StringComparer.Ordinal)
            .ToList();
        return new GapReport(options, findings);
    }

    private sealed record Scoped(GapFinding Finding, IReadOnlyCollection<string> Goals);

    private sealed class Finder(AgendaIndex index, NetworkProjection organizations, GapAnalysisOptions options, CancellationToken cancellationToken)
    {
        private readonly Network network = index.Network;
        private readonly Dictionary<string, IReadOnlyList<string>> goalsOfOrganization = new(StringComparer.Ordinal);

        public IEnumerable<Scoped> Find()
        {
            var backbone = index.Backbone is null ? "the backbone" : $"the backbone '{index.NameOf(index.Backbone)}'";
            foreach (var goal in network.Goals)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (index.IndicatorsOf(goal.Id).Count == 0)
                {
                    var working = WorkingOn(goal.Id);
                    var who = working.Count > 0
                        ? $"agree with the partners working on it ({Phrases.Names(working.Select(index.NameOf))}) how progress on it will be measured"
                        : $"agree at the next partners' meeting, with {backbone}, how progress on it will be measured";
                    yield return Found(GapKind.GoalWithoutIndicator, goal.Id, $"Goal '{goal.Name}' has no indicator measuring it: {who}.", goal.Id);
                }

                if (index.CommittedTo(goal.Id).Count == 0)
                {
                    var working = WorkingOn(goal.Id);
                    var who = working.Count > 0
                        ? $"{Phrases.Names(working.Select(index.NameOf))} already work on it through their activities and could be asked first"
                        : "ask at the next partners' meeting who will champion it";
                    yield return Found(GapKind.GoalWithoutCommitment, goal.Id, $"Goal '{goal.Name}' has no organization committed to it: {who}.", goal.Id);
                }
            }

            foreach (var indicator in network.Indicators)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var finding in IndicatorFindings(indicator, backbone))
                {
                    yield return finding;
                }
            }

            foreach (var activity in network.Activities.Where(a => a.Indicators.Count == 0))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var lead = index.NameOf(activity.Lead);
                var goals = new[] { activity.Lead }.Concat(activity.Partners).SelectMany(GoalsOfOrganization).ToHashSet(StringComparer.Ordinal);
                yield return new Scoped(
                    new GapFinding(GapKind.ActivityOffAgenda, [activity.Id],
                        $"Activity '{activity.Name}' (led by '{lead}') contributes to no indicator: agree with '{lead}' which shared measure it moves, or whether it belongs on the common agenda."),
                    goals);
            }

            foreach (var organization in network.Organizations)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var goals = GoalsOfOrganization(organization.Id);
                var goalNames = Phrases.Names(goals.Select(index.NameOf));
                if (organization.Id != index.Backbone && index.ActivitiesOf(organization.Id).Count == 0)
                {
                    var next = goals.Count > 0
                        ? $"invite it into the work on {goalNames}"
                        : "ask it what it could bring to the common agenda";
                    yield return new Scoped(
                        new GapFinding(GapKind.OrganizationWithoutActivity, [organization.Id],
                            $"Organization '{organization.Name}' leads or partners on no activity: {next}."),
                        goals);
                }

                if (organizations.Graph.Degree(organizations.Graph.IndexOf(organization.Id)) == 0)
                {
                    var next = goals.Count > 0
                        ? $"{backbone} could introduce it to partners working on {goalNames}"
                        : $"{backbone} could welcome it in and introduce it to a working group";
                    yield return new Scoped(
                        new GapFinding(GapKind.IsolatedOrganization, [organization.Id],
                            $"Organization '{organization.Name}' has no tie to any other partner: {next}."),
                        goals);
                }
            }
        }

        private IEnumerable<Scoped> IndicatorFindings(Indicator indicator, string backbone)
        {
            var goalName = index.NameOf(indicator.Goal);
            var moving = index.ActivitiesMoving(indicator.Id);
            if (moving.Count == 0)
            {
                var working = WorkingOn(indicator.Goal);
                var who = working.Count > 0
                    ? $"ask the partners working on '{goalName}' ({Phrases.Names(working.Select(index.NameOf))}) who could take it on"
                    : $"no partner works on '{goalName}' yet; raise it with {backbone}";
                yield return Found(GapKind.IndicatorWithoutActivity, indicator.Id, $"Indicator '{indicator.Name}' has no activity moving it: {who}.", indicator.Goal);
            }

            var measurements = index.MeasurementsOf(indicator.Id).Where(m => m.CountsOn(options.AsOf)).ToList();
            var windowStart = options.AsOf.AddDays(-options.StaleAfterDays);
            if (!measurements.Any(m => m.Date >= windowStart))
            {
                var leads = moving.Select(a => index.Activity(a).Lead).Distinct(StringComparer.Ordinal).Select(index.NameOf).ToList();
                var last = measurements.Count > 0 ? measurements[^1] : null;
                var ask = last?.ReportedBy is { } reporter && index.Has(reporter, NodeKind.Organization)
                    ? $"ask '{index.NameOf(reporter)}', who reported it last, for a current figure"
                    : leads.Count > 0
                        ? $"ask {Phrases.Names(leads)} for a current figure"
                        : $"agree with {backbone} who will report it";
                var message = last is null
                    ? $"Indicator '{indicator.Name}' has never been measured (as of {Phrases.Date(options.AsOf)}): {ask}."
                    : $"Indicator '{indicator.Name}' was last measured on {Phrases.Date(last.Date)}, none in the {options.StaleAfterDays} days before {Phrases.Date(options.AsOf)}: {ask}.";
                yield return Found(GapKind.IndicatorWithoutRecentData, indicator.Id, message, indicator.Goal);
            }

            var progress = IndicatorProgress.Of(indicator, measurements);
            if (progress.OnTrack == false)
            {
                var unit = string.IsNullOrEmpty(indicator.Unit) ? string.Empty : $" {indicator.Unit}";
                var leads = moving.Select(a => index.Activity(a).Lead).Distinct(StringComparer.Ordinal).Select(index.NameOf).ToList();
                var review = leads.Count > 0
                    ? $"review with {Phrases.Names(leads)} what would speed it up"
                    : $"nothing moves it yet; ask the partners working on '{goalName}' who could";
                var latest = progress.Latest!;
                yield return Found(GapKind.IndicatorOffTrack, indicator.Id,
                    $"Indicator '{indicator.Name}' is behind its line: {Phrases.Number(latest.Value)}{unit} on {Phrases.Date(latest.Date)} where the line from "
                    + $"{Phrases.Number(indicator.Baseline!.Value)} ({Phrases.Date(indicator.Baseline.Date!.Value)}) to {Phrases.Number(indicator.Target!.Value)} "
                    + $"({Phrases.Date(indicator.Target.Date!.Value)}) expects {Phrases.Number(progress.ExpectedValue!.Value)}{unit} "
                    + $"({(indicator.Direction == Direction.Increase ? "higher" : "lower")} is better): {review}.",
                    indicator.Goal);
            }
        }

        private static Scoped Found(GapKind kind, string id, string message, string goal) =>
            new(new GapFinding(kind, [id], message), [goal]);

        private IReadOnlyList<string> GoalsOfOrganization(string organization)
        {
            if (!goalsOfOrganization.TryGetValue(organization, out var goals))
            {
                goalsOfOrganization[organization] = goals = index.GoalsOfOrganization(organization);
            }

            return goals;
        }

        /// <summary>The organizations working on <paramref name="goal"/>: committed, or moving one of its indicators.</summary>
        private List<string> WorkingOn(string goal) =>
            index.CommittedTo(goal)
                .Concat(index.IndicatorsOf(goal).SelectMany(index.ActivitiesMoving)
                    .SelectMany(a => new[] { index.Activity(a).Lead }.Concat(index.Activity(a).Partners)))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList();
    }
}
