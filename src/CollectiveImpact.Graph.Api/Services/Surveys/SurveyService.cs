using System.Security.Cryptography;
using CollectiveImpact.Graph.Analytics.Survey;
using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.Services.Errors;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;
using CollectiveImpact.Graph.Store.Surveys;
using CollectiveImpact.Graph.Store.Validation;

namespace CollectiveImpact.Graph.Api.Services.Surveys;

/// <summary>
/// Partner survey rounds (docs/survey.md): made by the backbone with a personal link per invited organization,
/// answered through those links, scored as analyses.md §7 defines (<see cref="SurveyScores"/>), and applied to the
/// network as ties. Answering never changes the network or its version; applying does, through the same validated
/// write as every edit.
/// </summary>
public sealed class SurveyService(
    SurveyStore surveys,
    ApiKeyStore keys,
    INetworkStore store,
    NetworkWriter writer,
    Snapshots.SnapshotService snapshots,
    TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public IReadOnlyList<SurveyRound> List() => surveys.List();

    public SurveyRound Get(string id) => Find(id) ?? throw NotFoundProblem.Id("survey round", id);

    public SurveyRound? Find(string id) => surveys.Find(id);

    public SurveyRoundStatus StatusOf(SurveyRound round) =>
        round.Applied is not null ? SurveyRoundStatus.Applied
        : round.IsClosedOn(Today) ? SurveyRoundStatus.Closed
        : round.Opens > Today ? SurveyRoundStatus.Scheduled
        : SurveyRoundStatus.Open;

    /// <summary>
    /// Makes a round and a personal link for each invited organization. The invited must be organizations of the
    /// network; the round must close today or later. Every problem is named with its input path; nothing is made then.
    /// </summary>
    public async Task<CreatedSurveyRound> CreateAsync(
        string name, DateOnly opens, DateOnly closes, IReadOnlyList<string> invited, string? question, CancellationToken cancellationToken)
    {
        var round = new SurveyRound(
            "round-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(5)), name.Trim(), opens, closes,
            [.. invited.Select(i => i.Trim())], string.IsNullOrWhiteSpace(question) ? null : question.Trim());
        var problems = SurveyRules.CheckRound(round, "input").ToList();
        if (closes < Today)
        {
            problems.Add(new ValidationProblem("input.closes", ProblemCodes.OutOfRange, $"The round closes on {closes:yyyy-MM-dd}, which has passed; choose today or later."));
        }

        var network = (await store.ReadSnapshotAsync(cancellationToken)).Network;
        var organizations = network.Organizations.ToDictionary(o => o.Id, StringComparer.Ordinal);
        for (var i = 0; i < round.Invited.Count; i++)
        {
            if (!organizations.ContainsKey(round.Invited[i]))
            {
                problems.Add(new ValidationProblem($"input.invited[{i}]", ProblemCodes.UnknownReference, $"'{round.Invited[i]}' is not an organization of the network."));
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputProblem("The survey round was not made", problems, problems.Count);
        }

        surveys.Save(round);
        return new CreatedSurveyRound(round, Issue(round, [.. round.Invited.Select(o => (o, organizations[o].Name))]));
    }

    /// <summary>Revokes an organization's link to an open or scheduled round and makes a new one (e.g. a link mailed to the wrong person).</summary>
    public async Task<SurveyLink> ReissueLinkAsync(string id, string organization, CancellationToken cancellationToken)
    {
        var round = Get(id);
        RequireInvited(round, organization);
        if (round.IsClosedOn(Today))
        {
            throw new ArgumentProblem($"round: '{round.Name}' is closed; its links cannot be made again.");
        }

        keys.RevokeSurveyLinks(round.Id, organization);
        var names = await NamesAsync(cancellationToken);
        return Issue(round, [(organization, names.GetValueOrDefault(organization)?.Name ?? organization)])[0];
    }

    /// <summary>Revokes an organization's link at once; its saved answers stay. False when it had no live link.</summary>
    public bool RevokeLink(string id, string organization)
    {
        var round = Get(id);
        RequireInvited(round, organization);
        return keys.RevokeSurveyLinks(round.Id, organization) > 0;
    }

    /// <summary>Closes a round today: no more answers, every link revoked. Closing a closed round changes nothing.</summary>
    public SurveyRound Close(string id)
    {
        var round = Get(id);
        if (round.Closed is null)
        {
            round = round with { Closed = Today < round.Closes ? Today : round.Closes };
            surveys.Save(round);
        }

        keys.RevokeSurveyLinks(round.Id, organization: null);
        return round;
    }

    /// <summary>Deletes a round, its answers and its links (revoked). Applied ties stay in the network.</summary>
    public SurveyRound Delete(string id)
    {
        var round = Get(id);
        keys.RevokeSurveyLinks(round.Id, organization: null);
        surveys.Delete(round.Id);
        return round;
    }

    /// <summary>Each invited organization with its progress and live link, in the order they were invited.</summary>
    public async Task<IReadOnlyList<SurveyInvitation>> InvitationsAsync(SurveyRound round, CancellationToken cancellationToken)
    {
        var organizations = await NamesAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var live = keys.ListSurveyLinks(round.Id)
            .Where(k => !k.Revoked && !k.ExpiredAt(now) && k.Organization is not null)
            .GroupBy(k => k.Organization!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        return [.. round.Invited.Select(o =>
        {
            var response = round.ResponseOf(o);
            var organization = organizations.GetValueOrDefault(o);
            var status = response is null ? SurveyInvitationStatus.NotStarted
                : response.IsSubmitted ? SurveyInvitationStatus.Submitted : SurveyInvitationStatus.Draft;
            return new SurveyInvitation(o, organization?.Name ?? o, organization?.Sector, status, response?.Updated, response?.Submitted, live.GetValueOrDefault(o));
        })];
    }

    /// <summary>The response rate, overall and by sector, and how many drafts are waiting.</summary>
    public async Task<SurveyProgress> ProgressAsync(SurveyRound round, CancellationToken cancellationToken)
    {
        var invitations = await InvitationsAsync(round, cancellationToken);
        var bySector = invitations
            .GroupBy(i => i.Sector)
            .OrderBy(g => g.Key is null).ThenBy(g => g.Key)
            .Select(g => new SectorResponseRate(g.Key, g.Count(), g.Count(i => i.Status == SurveyInvitationStatus.Submitted)))
            .ToList();
        return new SurveyProgress(
            invitations.Count,
            invitations.Count(i => i.Status == SurveyInvitationStatus.Submitted),
            invitations.Count(i => i.Status == SurveyInvitationStatus.Draft),
            bySector);
    }

    /// <summary>The round's scores (analyses.md §7) over the submitted responses, the summary naming organizations by name.</summary>
    public async Task<SurveyResult> ResultsAsync(SurveyRound round, CancellationToken cancellationToken)
    {
        var organizations = await NamesAsync(cancellationToken);
        return Score(round, id => organizations.GetValueOrDefault(id)?.Name ?? id);
    }

    /// <summary>The aggregate scores of every round, newest first, for dashboards: the summary sentences name nobody.</summary>
    public IReadOnlyList<SurveySummary> Summaries() =>
        [.. surveys.List().Select(r => new SurveySummary(r.Id, r.Name, r.Opens, r.Closes, StatusOf(r), Score(r, _ => "a partner")))];

    /// <summary>What a survey link opens: the caller's round and organization, never another's.</summary>
    public async Task<SurveyForm> FormAsync(Caller caller, CancellationToken cancellationToken)
    {
        var (round, organization) = RoundOf(caller);
        var organizations = await NamesAsync(cancellationToken);
        var partners = round.Invited
            .Where(o => o != organization)
            .Select(o => organizations.GetValueOrDefault(o) is { } found ? new SurveyPartner(o, found.Name, found.Sector) : new SurveyPartner(o, o, null))
            .OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        return new SurveyForm(
            round.Id, round.Name, round.Question, round.Opens, round.Closes, round.IsOpenOn(Today), organization,
            organizations.GetValueOrDefault(organization)?.Name ?? organization, partners, round.ResponseOf(organization));
    }

    /// <summary>
    /// Saves the caller's answers as a draft, or submits them (<paramref name="submit"/>), while the round is open. A
    /// save replaces what was saved before; a draft saved after a submission counts again only once submitted.
    /// </summary>
    public SurveyResponse Save(Caller caller, IReadOnlyList<PartnerAnswer> answers, string? openAnswer, bool submit)
    {
        var (round, organization) = RoundOf(caller);
        if (!round.IsOpenOn(Today))
        {
            throw new ArgumentProblem(round.Opens > Today
                ? $"'{round.Name}' opens on {round.Opens:yyyy-MM-dd}; answers can be saved from then."
                : $"'{round.Name}' is closed; answers can no longer be changed.");
        }

        var now = clock.GetUtcNow();
        var response = new SurveyResponse(
            organization, now, submit ? now : null,
            [.. answers.Select(a => a with { Achieved = string.IsNullOrWhiteSpace(a.Achieved) ? null : a.Achieved.Trim() })],
            string.IsNullOrWhiteSpace(openAnswer) ? null : openAnswer.Trim());
        var problems = SurveyRules.CheckResponse(response, round, "input").ToList();
        if (problems.Count > 0)
        {
            throw new InvalidInputProblem(submit ? "The answers were not submitted" : "The draft was not saved", problems, problems.Count);
        }

        surveys.SaveResponse(round.Id, response);
        return response;
    }

    /// <summary>
    /// Writes a closed round's reported relationships to the network as ties (docs/survey.md, "Into the network"):
    /// level 1–2 COMMUNICATES, 3–4 COLLABORATES, weight the level, since the round's last day; an existing tie of the
    /// same ends and type keeps its dates and takes the new weight. A dry run writes nothing. With
    /// <paramref name="snapshot"/> the network as applied is kept as a snapshot named after the round.
    /// </summary>
    public async Task<SurveyApplyResult> ApplyAsync(
        string id, SurveyApplyScope scope, bool dryRun, bool snapshot, string requestedBy, CancellationToken cancellationToken)
    {
        var round = Get(id);
        if (!round.IsClosedOn(Today))
        {
            throw new ArgumentProblem($"round: '{round.Name}' is still open (until {round.Closes:yyyy-MM-dd}); close it first, so its answers are final.");
        }

        var current = await store.ReadSnapshotAsync(cancellationToken);
        var organizations = current.Network.Organizations.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var existing = current.Network.Ties.ToDictionary(t => t.Key);
        var (added, updated, skipped) = (new List<Tie>(), new List<Tie>(), new List<string>());
        var unchanged = 0;
        foreach (var pair in Score(round, o => o).Pairs)
        {
            if (scope == SurveyApplyScope.Confirmed && pair.Status != PairStatus.Confirmed)
            {
                continue;
            }

            if (!organizations.Contains(pair.A) || !organizations.Contains(pair.B))
            {
                skipped.Add($"{pair.A} – {pair.B}: {(organizations.Contains(pair.A) ? pair.B : pair.A)} is no longer an organization of the network.");
                continue;
            }

            var level = pair.Level ?? 1;
            var tie = new Tie(pair.A, pair.B, level >= 3 ? TieType.Collaborates : TieType.Communicates, level, round.LastDay);
            if (!existing.TryGetValue(tie.Key, out var stored))
            {
                added.Add(tie);
            }
            else if (stored.Weight != tie.Weight)
            {
                updated.Add(stored with { Weight = tie.Weight });
            }
            else
            {
                unchanged++;
            }
        }

        if (dryRun)
        {
            return new SurveyApplyResult(true, added, updated, unchanged, skipped, current.Version, null);
        }

        if (snapshot)
        {
            var taken = await snapshots.FindAsync(SnapshotName(round), cancellationToken);
            if (taken is not null)
            {
                throw new ArgumentProblem($"snapshot: a snapshot named '{SnapshotName(round)}' exists already; delete it or apply without a snapshot.");
            }
        }

        var version = current.Version;
        if (added.Count + updated.Count > 0)
        {
            version = await writer.AddTiesAsync([.. added, .. updated], cancellationToken);
        }

        surveys.Save(round with { Applied = Today });
        string? snapshotName = null;
        if (snapshot)
        {
            snapshotName = (await snapshots.CreateAsync(SnapshotName(round), requestedBy, cancellationToken)).Name;
        }

        return new SurveyApplyResult(false, added, updated, unchanged, skipped, version, snapshotName);
    }

    /// <summary>The snapshot an applied round is kept as, so rounds compare with each other over time.</summary>
    public static string SnapshotName(SurveyRound round) => $"Survey {round.Name} ({round.Id})";

    private static SurveyResult Score(SurveyRound round, Func<string, string> nameOf)
    {
        var submitted = round.Responses.Where(r => r.IsSubmitted).ToList();
        var answers = submitted
            .SelectMany(r => r.Answers.Select(a => new SurveyAnswer(r.Organization, a.Partner, a.WorksTogether, a.Level, a.Trust, a.Value)))
            .ToList();
        return SurveyScores.Compute(new SurveyResponses(round.Invited, [.. submitted.Select(r => r.Organization)], answers), nameOf);
    }

    private (SurveyRound Round, string Organization) RoundOf(Caller caller)
    {
        if (caller.Role != Roles.Respondent || caller.SurveyRound is null || caller.Organization is null)
        {
            throw new ForbiddenProblem("Only a survey link answers a survey: open the link the backbone sent your organization.");
        }

        var round = surveys.Find(caller.SurveyRound) ?? throw new NotFoundProblem("This survey round no longer exists.");
        RequireInvited(round, caller.Organization);
        return (round, caller.Organization);
    }

    private static void RequireInvited(SurveyRound round, string organization)
    {
        if (!round.Invited.Contains(organization, StringComparer.Ordinal))
        {
            throw new NotFoundProblem($"'{organization}' is not invited to the survey round '{round.Name}'.");
        }
    }

    private List<SurveyLink> Issue(SurveyRound round, IReadOnlyList<(string Organization, string Name)> organizations)
    {
        var expires = new DateTimeOffset(round.Closes.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var created = keys.CreateSurveyLinks(round.Id, [.. organizations.Select(o => (o.Organization, $"{round.Name}: {o.Name}"))], expires);
        return [.. created.Select((c, i) => new SurveyLink(organizations[i].Organization, organizations[i].Name, c.Key, c.Secret))];
    }

    private async Task<Dictionary<string, Organization>> NamesAsync(CancellationToken cancellationToken) =>
        (await store.ReadSnapshotAsync(cancellationToken)).Network.Organizations.ToDictionary(o => o.Id, StringComparer.Ordinal);
}
