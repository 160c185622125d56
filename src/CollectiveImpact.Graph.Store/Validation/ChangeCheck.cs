using System.Globalization;
using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;

namespace CollectiveImpact.Graph.Store.Validation;

/// <summary>
/// One run of <see cref="NetworkChangeValidator"/>: registers the document's ids, then checks every entry's
/// references against the document and the stored network, then the deletions. Kept as one object because the
/// phases share the id index and the referrers of nodes being deleted.
/// </summary>
internal sealed partial class ChangeCheck
{
    private const int MaxListedReferrers = 20;

    private readonly NetworkChange change;
    private readonly Network current;
    private readonly Network upserts;
    private readonly DocumentGaps? gaps;
    private readonly bool isMerge;
    private readonly Dictionary<string, (NodeKind Kind, DocumentPath Path)> documentIds = new(StringComparer.Ordinal);
    private readonly HashSet<NodeKind> kindsWithUnreadableIds = [];
    private readonly HashSet<string> deletedIds;
    private readonly Dictionary<string, List<string>> referrersOfDeleted = new(StringComparer.Ordinal);
    private Dictionary<string, NodeKind>? storedKinds;

    public ChangeCheck(NetworkChange change, Network current, DocumentGaps? gaps, ProblemList problems)
    {
        Problems = problems;
        this.change = change;
        this.current = current;
        this.gaps = gaps;
        upserts = change.Upserts;
        isMerge = change.Mode == ChangeMode.Merge;
        deletedIds = isMerge ? new HashSet<string>(change.DeleteNodes, StringComparer.Ordinal) : [];
    }

    private enum Resolution
    {
        Found,
        Unknown,
        BeingDeleted,
    }

    public ProblemList Problems { get; }

    private Dictionary<string, NodeKind> StoredKinds => storedKinds ??= IndexStored();

    public void RegisterIds()
    {
        if (upserts.Initiative is { } initiative)
        {
            Register(initiative, new DocumentPath("initiative", -1));
        }

        RegisterAll(upserts.Goals, "goals");
        RegisterAll(upserts.Indicators, "indicators");
        RegisterAll(upserts.Organizations, "organizations");
        RegisterAll(upserts.People, "people");
        RegisterAll(upserts.Activities, "activities");
    }

    private void RegisterAll(IEnumerable<INetworkNode> nodes, string list)
    {
        var index = 0;
        foreach (var node in nodes)
        {
            Register(node, new DocumentPath(list, index++));
        }
    }

    private void Register(INetworkNode node, DocumentPath entry)
    {
        var idPath = entry.At("id");
        if (gaps is not null && gaps.Covers(idPath.ToString()))
        {
            kindsWithUnreadableIds.Add(node.Kind);
            return;
        }

        if (node.Name is null)
        {
            Report(entry.At("name"), ProblemCodes.Required, $"{Capitalized(Describe(node.Kind))} '{node.Id}' has no name; it is required.");
        }

        if (string.IsNullOrEmpty(node.Id))
        {
            Report(idPath, node.Id is null ? ProblemCodes.Required : ProblemCodes.EmptyId, $"The {Describe(node.Kind)} at {entry} has no id; ids are non-empty strings.");
            kindsWithUnreadableIds.Add(node.Kind);
            return;
        }

        if (!documentIds.TryAdd(node.Id, (node.Kind, entry)))
        {
            var first = documentIds[node.Id];
            Report(
                idPath,
                ProblemCodes.DuplicateId,
                $"'{node.Id}' is already the id of the {Describe(first.Kind)} at {first.Path}; ids are unique across the whole document, whatever their kind.");
            return;
        }

        if (isMerge && StoredKinds.TryGetValue(node.Id, out var storedKind) && storedKind != node.Kind)
        {
            Report(
                idPath,
                ProblemCodes.KindConflict,
                $"'{node.Id}' is stored as {Article(storedKind)}, so it cannot be {Article(node.Kind)}; an id keeps its kind (delete the {Describe(storedKind)} first, or pick another id).");
        }
    }

    private Resolution Resolve(string id, out NodeKind kind)
    {
        if (documentIds.TryGetValue(id, out var entry))
        {
            kind = entry.Kind;
            return Resolution.Found;
        }

        if (isMerge && StoredKinds.TryGetValue(id, out kind))
        {
            return deletedIds.Contains(id) ? Resolution.BeingDeleted : Resolution.Found;
        }

        kind = default;
        return Resolution.Unknown;
    }

    /// <summary>Checks that <paramref name="id"/>, named by <paramref name="referrer"/>, is a node of kind <paramref name="expected"/>.</summary>
    private void CheckReference(DocumentPath path, string referrer, string role, string id, NodeKind expected)
    {
        switch (Resolve(id, out var kind))
        {
            case Resolution.Found when kind != expected:
                Report(path, ProblemCodes.WrongKind, $"{Capitalized(referrer)} names {role} '{id}', which is {Article(kind)}, not {Article(expected)}.");
                break;
            case Resolution.BeingDeleted:
                AddReferrer(id, $"{referrer} ({role}) at {path}");
                break;
            case Resolution.Unknown when !kindsWithUnreadableIds.Contains(expected):
                Report(path, ProblemCodes.UnknownReference, $"{Capitalized(referrer)} names {role} '{id}', which is not {Article(expected)} {Where}.");
                break;
        }
    }

    private string Where => isMerge ? "in the document or the stored network" : "in the document";

    private void AddReferrer(string deletedId, string referrer)
    {
        if (!referrersOfDeleted.TryGetValue(deletedId, out var referrers))
        {
            referrersOfDeleted[deletedId] = referrers = [];
        }

        referrers.Add(referrer);
    }

    private void Report(DocumentPath path, string code, string message)
    {
        var text = path.ToString();
        if (gaps is not null && gaps.Covers(text))
        {
            return;
        }

        Problems.Add(new ValidationProblem(text, code, message));
    }

    private Dictionary<string, NodeKind> IndexStored()
    {
        var kinds = new Dictionary<string, NodeKind>(StringComparer.Ordinal);
        foreach (var node in current.Nodes())
        {
            kinds.TryAdd(node.Id, node.Kind);
        }

        return kinds;
    }

    private static string Describe(NodeKind kind) => NetworkFormat.Describe(kind);

    private static string Article(NodeKind kind) =>
        kind is NodeKind.Organization or NodeKind.Indicator or NodeKind.Activity or NodeKind.Initiative
            ? $"an {Describe(kind)}"
            : $"a {Describe(kind)}";

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Describe(Measurement m) =>
        $"the measurement of '{m.Indicator}' on {NetworkFormat.FormatDate(m.Date)}";

    private static string Describe(Tie t) =>
        $"the {NetworkFormat.Name(t.Type)} tie from '{t.From}' to '{t.To}'";

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
