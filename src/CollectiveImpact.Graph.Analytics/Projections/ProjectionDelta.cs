using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Projections;

/// <summary>
/// Whether a write changed what one projection holds, by comparing the two networks' lists field by field where the
/// projector reads them (<see cref="NetworkProjector"/>): a goal's description, an indicator's target, a measurement,
/// a tie's weight or dates, a person's e-mail never reach a projection; a name, a sector or a community-led flag is a
/// node attribute; ids, order, references and tie keys are structure.
/// </summary>
/// <remarks>
/// Linear in the lists the write touched. A list the write left alone is the same instance in both networks
/// (<see cref="Store.Validation.NetworkChangeApplier"/> keeps it) and costs nothing; within a touched list, entries
/// the write kept are the same instances and compare at once. Entries appended after the kept ones, and tie keys
/// written or deleted, and entries deleted, are <see cref="ProjectionChange.Connections"/> (<see cref="ProjectionPatch"/>
/// applies them); a kept entry whose references changed is structure.
/// </remarks>
internal static class ProjectionDelta
{
    public static ProjectionChange Between(Network before, Network after, NetworkProjection built)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(built);
        return built.Kind switch
        {
            ProjectionKind.Full => Max(
                Max(
                    Compare(before.Goals, after.Goals, static (x, y) => x.Id != y.Id ? ProjectionChange.Structure : Named(x.Name, y.Name)),
                    Compare(before.Indicators, after.Indicators, static (x, y) =>
                        x.Id != y.Id || x.Goal != y.Goal ? ProjectionChange.Structure : Named(x.Name, y.Name))),
                Max(
                    Compare(before.Organizations, after.Organizations, static (x, y) =>
                        x.Id != y.Id || !Same(x.Goals, y.Goals) ? ProjectionChange.Structure : OrganizationAttributes(x, y)),
                    Compare(before.People, after.People, static (x, y) =>
                        x.Id != y.Id || x.Organization != y.Organization ? ProjectionChange.Structure : Named(x.Name, y.Name))),
                Max(
                    Compare(before.Activities, after.Activities, static (x, y) =>
                        x.Id != y.Id || x.Lead != y.Lead || !Same(x.Partners, y.Partners) || !Same(x.Indicators, y.Indicators)
                            ? ProjectionChange.Structure
                            : Named(x.Name, y.Name)),
                    Ties(before.Ties, after.Ties))),
            ProjectionKind.Organizations => Max(
                Max(
                    Compare(before.Organizations, after.Organizations, static (x, y) =>
                        x.Id != y.Id ? ProjectionChange.Structure : OrganizationAttributes(x, y)),
                    Compare(before.People, after.People, static (x, y) =>
                        x.Id != y.Id || x.Organization != y.Organization ? ProjectionChange.Structure : ProjectionChange.None)),
                Max(
                    Compare(before.Activities, after.Activities, static (x, y) =>
                        x.Id != y.Id || x.Lead != y.Lead || !Same(x.Partners, y.Partners) ? ProjectionChange.Structure : ProjectionChange.None),
                    Ties(before.Ties, after.Ties))),
            ProjectionKind.People => Max(
                Compare(before.People, after.People, static (x, y) => x.Id != y.Id ? ProjectionChange.Structure : Named(x.Name, y.Name)),
                Ties(before.Ties, after.Ties)),
            _ => throw new ArgumentOutOfRangeException(nameof(built), built.Kind, "Unknown projection."),
        };
    }

    private static ProjectionChange Compare<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, T, ProjectionChange> compare)
        where T : class, INetworkNode
    {
        if (ReferenceEquals(before, after))
        {
            return ProjectionChange.None;
        }

        // The applier (NetworkChangeApplier) keeps the entries it keeps in their order, leaves out the deleted ones and
        // appends new ones: kept entries are compared where they stand; deleted and appended ones are connections the
        // patch applies (ProjectionPatch; an entry that moved instead is caught there and built again).
        var change = ProjectionChange.None;
        var j = 0;
        for (var i = 0; i < before.Count && change != ProjectionChange.Structure; i++)
        {
            if (j < after.Count && (ReferenceEquals(before[i], after[j]) || string.Equals(before[i].Id, after[j].Id, StringComparison.Ordinal)))
            {
                if (!ReferenceEquals(before[i], after[j]))
                {
                    change = Max(change, compare(before[i], after[j]));
                }

                j++;
            }
            else
            {
                change = Max(change, ProjectionChange.Connections);
            }
        }

        return j < after.Count ? Max(change, ProjectionChange.Connections) : change;
    }

    /// <summary>
    /// Ties enter a projection by key only (type and ends; weights and dates are not read): the same keys in the same
    /// order change nothing; otherwise <see cref="ProjectionPatch"/> applies the keys added and removed (and, for
    /// PEOPLE, finds nothing to do when none joins two people: the projection is reused).
    /// </summary>
    private static ProjectionChange Ties(IReadOnlyList<Tie> before, IReadOnlyList<Tie> after)
    {
        if (ReferenceEquals(before, after))
        {
            return ProjectionChange.None;
        }

        if (before.Count == after.Count)
        {
            var sameKeys = true;
            for (var i = 0; i < before.Count && sameKeys; i++)
            {
                sameKeys = ReferenceEquals(before[i], after[i]) || before[i].Key == after[i].Key;
            }

            if (sameKeys)
            {
                return ProjectionChange.None;
            }
        }

        return ProjectionChange.Connections;
    }

    private static ProjectionChange OrganizationAttributes(Organization x, Organization y) =>
        x.Name != y.Name || x.Sector != y.Sector || x.CommunityLed != y.CommunityLed ? ProjectionChange.Attributes : ProjectionChange.None;

    private static ProjectionChange Named(string x, string y) => x == y ? ProjectionChange.None : ProjectionChange.Attributes;

    private static bool Same(IReadOnlyList<string> x, IReadOnlyList<string> y) => ReferenceEquals(x, y) || x.SequenceEqual(y, StringComparer.Ordinal);

    private static ProjectionChange Max(ProjectionChange x, ProjectionChange y) => x > y ? x : y;

    private static ProjectionChange Max(ProjectionChange x, ProjectionChange y, ProjectionChange z) => Max(Max(x, y), z);
}
