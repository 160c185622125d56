using CollectiveImpact.Graph.Analytics.Graphs;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Projections;

/// <summary>
/// Updates a built projection for a small write instead of projecting the new version again: the write appended nodes
/// to their lists and added or removed ties (<see cref="ProjectionChange.Connections"/>). The result holds exactly what
/// <see cref="NetworkProjector.Project"/> would build for the new version (nodes, order, weights, relations, and so
/// the same <see cref="NetworkProjection.Fingerprint"/>); the property tests compare the two after random writes.
/// </summary>
/// <remarks>
/// <para>Nodes keep their order, so old indices map to new ones by a shift per FULL segment (goals, indicators,
/// organizations, people, activities) and past each deleted node (<see cref="NodeIndexMap"/>): monotone, so the sorted
/// edge list stays sorted. A deleted node's edges are dropped with it. The connections that change are those of the
/// added and removed tie keys (<see cref="TieDiff"/>; a removed tie with a deleted end went with that end's edges), of
/// the appended entries' own references and, in ORGANIZATIONS, of the activities deleted; each changes its edge's weight by one. A relation leaves an edge only when its last connection goes: a removed tie's
/// relation stays when the reverse tie of the same type remains, and ORGANIZATIONS' people-tie relation when another
/// tie joins people of the two organizations (one pass over the ties, only then).</para>
/// <para>Cost O(N + E + T) array work for N nodes, E edges and T ties, without the hashing of every id, the sort of
/// every connection and the per-node sorts of a build. Returns null, and the projection is built again (with the
/// build's error when the network is invalid), when a reference it needs names no node of the right kind, or a new id
/// is already a node of the projection. Like the reuse of a projection, it relies on the store's validation for what
/// lies outside the projection (a new organization's id clashing with a person's, seen from ORGANIZATIONS).</para>
/// </remarks>
internal static class ProjectionPatch
{
    public static NetworkProjection? TryApply(Network before, Network after, NetworkProjection built, TieDiff ties)
    {
        var kind = built.Kind;
        var (beforeCounts, afterCounts) = Segments(before, after, kind);
        if (beforeCounts.Sum() != built.Graph.NodeCount)
        {
            return null;
        }

        var nodes = NetworkProjector.NodesOf(after, kind);
        var afterIds = nodes.Select(n => n.Id).ToArray();
        if (NodeIndexMap.Of(built.Graph.NodeIds, beforeCounts, afterIds, afterCounts) is not { } map)
        {
            return null;
        }

        var appended = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = 0; s < afterCounts.Length; s++)
        {
            for (var i = map.AfterStart[s] + map.AppendedFrom[s]; i < map.AfterStart[s + 1]; i++)
            {
                if (built.Graph.TryGetIndex(nodes[i].Id, out _) || !appended.TryAdd(nodes[i].Id, i) || nodes[i].Id == after.Initiative?.Id)
                {
                    return null;
                }
            }
        }

        var kinds = new NodeKind[nodes.Count];
        for (var i = 0; i < kinds.Length; i++)
        {
            kinds[i] = nodes[i].Kind;
        }

        int Resolve(string? id) =>
            id is null ? -1
            : built.Graph.TryGetIndex(id, out var old) ? map.Map(old)
            : appended.GetValueOrDefault(id, -1);

        // A node the write deleted takes every edge it had with it (EdgeMerge drops them), so a removed tie with a
        // deleted end changes nothing more; its other connections went with it too.
        bool Gone(string id) => map.Removed > 0 && built.Graph.TryGetIndex(id, out var old) && map.Map(old) < 0;

        var changes = new List<ConnectionChange>();
        var ok = kind switch
        {
            ProjectionKind.Full => FullConnections(after, ties, map, kinds, Resolve, Gone, changes),
            ProjectionKind.Organizations => OrganizationConnections(before, after, ties, Resolve, Gone, changes),
            _ => PeopleConnections(ties, Resolve, Gone, changes),
        };
        if (!ok)
        {
            return null;
        }

        var (names, sectors, communityLed) = NetworkProjector.AttributesOf(nodes);
        if (appended.Count == 0 && changes.Count == 0 && map.Removed == 0)
        {
            // Nothing of this projection changed after all (PEOPLE after a tie between organizations): the same object.
            return names.SequenceEqual(built.NodeNames, StringComparer.Ordinal) && sectors.SequenceEqual(built.Sectors)
                && communityLed.SequenceEqual(built.CommunityLed)
                ? built
                : built.WithAttributes(names, sectors, communityLed);
        }

        var edges = EdgeMerge.Apply(built, map, changes, (u, v, relation) => RelationRemains(after, ties, nodes, u, v, relation));
        if (edges is null)
        {
            return null;
        }

        var ids = appended.Count == 0 && map.IsIdentity ? (string[])built.Graph.NodeIds : afterIds;
        var index = map.IsIdentity ? built.Graph.IndexById : null;
        if (index is not null && appended.Count > 0)
        {
            index = new Dictionary<string, int>(index, StringComparer.Ordinal);
            foreach (var (id, i) in appended)
            {
                index.Add(id, i);
            }
        }

        var graph = UndirectedGraph.FromSortedEdges(ids, edges.Value.Edges, index);
        return new NetworkProjection(kind, graph, kinds, names, sectors, communityLed, edges.Value.Masks);
    }

    private static (int[] Before, int[] After) Segments(Network before, Network after, ProjectionKind kind) => kind switch
    {
        ProjectionKind.Full => (
            [before.Goals.Count, before.Indicators.Count, before.Organizations.Count, before.People.Count, before.Activities.Count],
            [after.Goals.Count, after.Indicators.Count, after.Organizations.Count, after.People.Count, after.Activities.Count]),
        ProjectionKind.Organizations => ([before.Organizations.Count], [after.Organizations.Count]),
        _ => ([before.People.Count], [after.People.Count]),
    };

    private static bool FullConnections(
        Network after, TieDiff ties, NodeIndexMap map, NodeKind[] kinds, Func<string?, int> resolve, Func<string, bool> gone, List<ConnectionChange> changes)
    {
        foreach (var (keys, sign) in new[] { (ties.Added, 1), (ties.Removed, -1) })
        {
            foreach (var key in keys)
            {
                if (sign < 0 && (gone(key.From) || gone(key.To)))
                {
                    continue;
                }

                var (u, v) = (resolve(key.From), resolve(key.To));
                if (u < 0 || v < 0 || !TieRules.Allows(key.Type, kinds[u], kinds[v]))
                {
                    return false;
                }

                changes.Add(new(u, v, NetworkProjector.RelationOf(key.Type), sign));
            }
        }

        bool Refer(int node, string? other, NodeKind expected, EdgeRelation relation)
        {
            var target = resolve(other);
            if (target < 0 || kinds[target] != expected)
            {
                return false;
            }

            changes.Add(new(node, target, relation, 1));
            return true;
        }

        bool ReferDistinct(int node, IReadOnlyList<string> others, NodeKind expected, EdgeRelation relation) =>
            others.Distinct(StringComparer.Ordinal).All(other => Refer(node, other, expected, relation));

        // The appended entries of each list, with their own references (segments: goals, indicators, organizations, people, activities).
        var ok = true;
        ok &= Appended(after.Indicators, 1, (x, n) => Refer(n, x.Goal, NodeKind.Goal, EdgeRelation.Measures));
        ok &= Appended(after.Organizations, 2, (x, n) => ReferDistinct(n, x.Goals, NodeKind.Goal, EdgeRelation.CommittedTo));
        ok &= Appended(after.People, 3, (x, n) => x.Organization is null || Refer(n, x.Organization, NodeKind.Organization, EdgeRelation.MemberOf));
        ok &= Appended(after.Activities, 4, (x, n) =>
            Refer(n, x.Lead, NodeKind.Organization, EdgeRelation.Leads)
            && ReferDistinct(n, x.Partners, NodeKind.Organization, EdgeRelation.PartnersOn)
            && ReferDistinct(n, x.Indicators, NodeKind.Indicator, EdgeRelation.Moves));
        return ok;

        bool Appended<T>(IReadOnlyList<T> list, int segment, Func<T, int, bool> add)
        {
            var start = map.AfterStart[segment];
            for (var i = map.AppendedFrom[segment]; i < list.Count; i++)
            {
                if (!add(list[i], start + i))
                {
                    return false;
                }
            }

            return true;
        }
    }

    private static bool OrganizationConnections(
        Network before, Network after, TieDiff ties, Func<string?, int> resolve, Func<string, bool> gone, List<ConnectionChange> changes)
    {
        // People's organizations, for the people at the ends of the changed ties only: as they are now, or, for a person
        // the write deleted (whose ties went with them), as they were.
        var ends = new HashSet<string>(ties.Added.Concat(ties.Removed).SelectMany(k => new[] { k.From, k.To }), StringComparer.Ordinal);
        var organizationOf = new Dictionary<string, int>(StringComparer.Ordinal);
        if (ends.Count > 0)
        {
            foreach (var person in after.People)
            {
                if (ends.Contains(person.Id))
                {
                    organizationOf[person.Id] = resolve(person.Organization);
                }
            }

            // The list the write left alone is the same instance: no person was deleted, so none is missing.
            for (var i = 0; !ReferenceEquals(before.People, after.People) && i < before.People.Count; i++)
            {
                if (ends.Contains(before.People[i].Id))
                {
                    organizationOf.TryAdd(before.People[i].Id, resolve(before.People[i].Organization));
                }
            }
        }

        foreach (var (keys, sign) in new[] { (ties.Added, 1), (ties.Removed, -1) })
        {
            foreach (var key in keys)
            {
                if (sign < 0 && (gone(key.From) || gone(key.To)))
                {
                    continue;
                }

                var (u, v) = (resolve(key.From), resolve(key.To));
                if (u >= 0 && v >= 0)
                {
                    changes.Add(new(u, v, NetworkProjector.RelationOf(key.Type), sign));
                }
                else if (organizationOf.TryGetValue(key.From, out var a) && organizationOf.TryGetValue(key.To, out var b) && a >= 0 && b >= 0)
                {
                    changes.Add(new(a, b, EdgeRelation.PeopleTie, sign));
                }
            }
        }

        // Activities appended, and deleted: one shared-activity connection per pair of distinct organizations on each
        // (those of a deleted activity between organizations still there).
        if (NodeIndexMap.Of(
                before.Activities.Select(a => a.Id).ToArray(), [before.Activities.Count], after.Activities.Select(a => a.Id).ToArray(), [after.Activities.Count])
            is not { } activities)
        {
            return false;
        }

        for (var i = activities.AppendedFrom[0]; i < after.Activities.Count; i++)
        {
            if (!Shared(after.Activities[i], 1, keepGone: false))
            {
                return false;
            }
        }

        for (var i = 0; activities.Removed > 0 && i < before.Activities.Count; i++)
        {
            if (activities.Map(i) < 0 && !Shared(before.Activities[i], -1, keepGone: true))
            {
                return false;
            }
        }

        return true;

        bool Shared(Activity activity, int sign, bool keepGone)
        {
            var on = activity.Partners.Prepend(activity.Lead).Where(id => !(keepGone && gone(id))).Select(resolve).Distinct().Order().ToArray();
            if (on.Length > 0 && on[0] < 0)
            {
                return false;
            }

            for (var a = 0; a < on.Length; a++)
            {
                for (var b = a + 1; b < on.Length; b++)
                {
                    changes.Add(new(on[a], on[b], EdgeRelation.SharedActivity, sign));
                }
            }

            return true;
        }
    }

    private static bool PeopleConnections(TieDiff ties, Func<string?, int> resolve, Func<string, bool> gone, List<ConnectionChange> changes)
    {
        foreach (var (keys, sign) in new[] { (ties.Added, 1), (ties.Removed, -1) })
        {
            foreach (var key in keys)
            {
                if (sign < 0 && (gone(key.From) || gone(key.To)))
                {
                    continue;
                }

                var (u, v) = (resolve(key.From), resolve(key.To));
                if (u >= 0 && v >= 0)
                {
                    changes.Add(new(u, v, NetworkProjector.RelationOf(key.Type), sign));
                }
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a connection of <paramref name="relation"/> still joins nodes <paramref name="u"/> and <paramref name="v"/>
    /// after the write removed one. A patch removes connections of ties, of people's ties (ORGANIZATIONS) and of deleted
    /// activities between organizations still there (ORGANIZATIONS); a deleted node's other connections go with its edges.
    /// </summary>
    private static bool RelationRemains(Network after, TieDiff ties, IReadOnlyList<INetworkNode> nodes, int u, int v, EdgeRelation relation)
    {
        var (a, b) = (nodes[u].Id, nodes[v].Id);
        if (relation == EdgeRelation.SharedActivity)
        {
            return after.Activities.Any(x => (x.Lead == a || x.Partners.Contains(a)) && (x.Lead == b || x.Partners.Contains(b)));
        }

        if (relation == EdgeRelation.PeopleTie)
        {
            var members = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var person in after.People)
            {
                if (person.Organization == a || person.Organization == b)
                {
                    members[person.Id] = person.Organization;
                }
            }

            return after.Ties.Any(t =>
                members.TryGetValue(t.From, out var x) && members.TryGetValue(t.To, out var y) && x != y);
        }

        var type = TieTypeOf(relation);
        return ties.HasAfter(a, b, type) || ties.HasAfter(b, a, type);
    }

    private static TieType TieTypeOf(EdgeRelation relation) => relation switch
    {
        EdgeRelation.Collaborates => TieType.Collaborates,
        EdgeRelation.Communicates => TieType.Communicates,
        EdgeRelation.Funds => TieType.Funds,
        EdgeRelation.Refers => TieType.Refers,
        EdgeRelation.SharesData => TieType.SharesData,
        EdgeRelation.FeedsInto => TieType.FeedsInto,
        _ => throw new ArgumentOutOfRangeException(nameof(relation), relation, "Only ties are removed by a patch."),
    };
}
