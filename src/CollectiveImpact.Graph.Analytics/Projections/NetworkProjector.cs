using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Projections;

/// <summary>
/// Builds the undirected graphs of network-format.md ("Projections used by the analyses") from a network.
/// </summary>
/// <remarks>
/// <para><b>Distinct connections.</b> Every projected edge counts the distinct connections it collapses, and that count
/// is its weight (the ties' own weights — strength, amounts, contacts — are not summed: they measure different things
/// in different units). A connection is one fact of the document, counted once however often it is written:</para>
/// <list type="bullet">
/// <item>a tie, identified by its <see cref="TieKey"/> (type and ends; a→b and b→a are the same COLLABORATES or
/// COMMUNICATES tie, but two FUNDS ties when both directions are given);</item>
/// <item>FULL: a membership, an activity's lead, each distinct partner, each distinct indicator it moves, an
/// indicator's goal, each distinct goal an organization commits to. An organization that leads an activity and is
/// also listed among its partners has two connections with it (LEADS and PARTNERS_ON);</item>
/// <item>ORGANIZATIONS: each organization–organization tie; each activity both lead or partner on (one per activity,
/// whatever their roles); each distinct person–person tie between a person of one and a person of the other.</item>
/// <item>PEOPLE: each person–person tie.</item>
/// </list>
/// <para>A tie of a node with itself, and people's ties within one organization (ORGANIZATIONS), have no edge.</para>
/// <para><b>Node order</b> is document order: FULL lists goals, indicators, organizations, people, then activities
/// (the initiative is not a node); ORGANIZATIONS and PEOPLE list theirs as the document does.</para>
/// <para><b>Complexity</b>: O(N + C + E log E) for N nodes, C connections and E projected edges; one shared
/// activity with k organizations adds k(k−1)/2 connections to ORGANIZATIONS.</para>
/// </remarks>
public static class NetworkProjector
{
    /// <summary>Projects <paramref name="network"/> as <paramref name="kind"/>.</summary>
    /// <exception cref="ArgumentException">A duplicate id, a reference to no node, or a tie between the wrong kinds.</exception>
    public static NetworkProjection Project(Network network, ProjectionKind kind)
    {
        ArgumentNullException.ThrowIfNull(network);
        return ProjectIndexed(network, kind, NetworkIndex.Build(network));
    }

    /// <summary>Projects with an index already built for <paramref name="network"/> (<see cref="ProjectionSet"/> builds one for all three).</summary>
    internal static NetworkProjection ProjectIndexed(Network network, ProjectionKind kind, NetworkIndex index) =>
        kind switch
        {
            ProjectionKind.Full => ProjectFull(network, index),
            ProjectionKind.Organizations => ProjectOrganizations(network, index),
            ProjectionKind.People => ProjectPeople(network, index),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown projection."),
        };

    /// <summary>
    /// The node attributes of <paramref name="kind"/> (names, sectors, community-led flags) in node order, read again
    /// from <paramref name="network"/>: what <see cref="ProjectionSet"/> gives a built projection when a write changed
    /// only those (the nodes, their order and the connections being the same, see <see cref="ProjectionDelta"/>).
    /// </summary>
    internal static (string[] Names, Sector?[] Sectors, bool[] CommunityLed) AttributesOf(Network network, ProjectionKind kind) =>
        AttributesOf(NodesOf(network, kind));

    /// <summary>The attributes of <paramref name="nodes"/>, listed in node order.</summary>
    internal static (string[] Names, Sector?[] Sectors, bool[] CommunityLed) AttributesOf(IReadOnlyList<INetworkNode> nodes)
    {
        var names = new string[nodes.Count];
        var sectors = new Sector?[nodes.Count];
        var communityLed = new bool[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            names[i] = nodes[i].Name;
            if (nodes[i] is Organization organization)
            {
                sectors[i] = organization.Sector;
                communityLed[i] = organization.CommunityLed;
            }
        }

        return (names, sectors, communityLed);
    }

    /// <summary>The nodes of <paramref name="kind"/> in node order (see the remarks above).</summary>
    internal static IReadOnlyList<INetworkNode> NodesOf(Network network, ProjectionKind kind) => kind switch
    {
        ProjectionKind.Full => [.. network.Goals, .. network.Indicators, .. network.Organizations, .. network.People, .. network.Activities],
        ProjectionKind.Organizations => network.Organizations,
        ProjectionKind.People => network.People,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown projection."),
    };

    private static NetworkProjection ProjectFull(Network network, NetworkIndex index)
    {
        var nodes = network.Goals.Concat<INetworkNode>(network.Indicators).Concat(network.Organizations)
            .Concat(network.People).Concat(network.Activities).ToArray();
        var edges = new EdgeAccumulator();
        foreach (var (tie, from, to) in index.DistinctTies)
        {
            edges.Add(from, to, RelationOf(tie.Type));
        }

        for (var i = 0; i < network.Indicators.Count; i++)
        {
            edges.Add(index.Indicators + i, index.NumberOf(network.Indicators[i].Goal), EdgeRelation.Measures);
        }

        var seen = new HashSet<int>();
        for (var i = 0; i < network.Organizations.Count; i++)
        {
            AddDistinct(index.Organizations + i, network.Organizations[i].Goals, EdgeRelation.CommittedTo);
        }

        for (var i = 0; i < network.People.Count; i++)
        {
            if (network.People[i].Organization is { } organization)
            {
                edges.Add(index.People + i, index.NumberOf(organization), EdgeRelation.MemberOf);
            }
        }

        for (var i = 0; i < network.Activities.Count; i++)
        {
            var activity = network.Activities[i];
            edges.Add(index.Activities + i, index.NumberOf(activity.Lead), EdgeRelation.Leads);
            AddDistinct(index.Activities + i, activity.Partners, EdgeRelation.PartnersOn);
            AddDistinct(index.Activities + i, activity.Indicators, EdgeRelation.Moves);
        }

        var sectors = new Sector?[nodes.Length];
        var communityLed = new bool[nodes.Length];
        for (var i = 0; i < network.Organizations.Count; i++)
        {
            sectors[index.Organizations + i] = network.Organizations[i].Sector;
            communityLed[index.Organizations + i] = network.Organizations[i].CommunityLed;
        }

        return Finish(ProjectionKind.Full, nodes, edges, sectors, communityLed);

        // A list written with a repeat ("partners": ["o-x", "o-x"]) states one connection.
        void AddDistinct(int node, IReadOnlyList<string> others, EdgeRelation relation)
        {
            seen.Clear();
            foreach (var other in others)
            {
                var number = index.NumberOf(other);
                if (seen.Add(number))
                {
                    edges.Add(node, number, relation);
                }
            }
        }
    }

    private static NetworkProjection ProjectOrganizations(Network network, NetworkIndex index)
    {
        var first = index.Organizations;
        var organizationOfPerson = new int[network.People.Count];
        for (var i = 0; i < organizationOfPerson.Length; i++)
        {
            organizationOfPerson[i] = network.People[i].Organization is { } organization ? index.NumberOf(organization) - first : -1;
        }

        var edges = new EdgeAccumulator();
        foreach (var (tie, from, to) in index.DistinctTies)
        {
            switch (index.KindOf(from), index.KindOf(to))
            {
                case (NodeKind.Organization, NodeKind.Organization):
                    edges.Add(from - first, to - first, RelationOf(tie.Type));
                    break;
                case (NodeKind.Person, NodeKind.Person):
                    var a = organizationOfPerson[from - index.People];
                    var b = organizationOfPerson[to - index.People];
                    if (a >= 0 && b >= 0)
                    {
                        edges.Add(a, b, EdgeRelation.PeopleTie);
                    }

                    break;
            }
        }

        var onActivity = new List<int>();
        foreach (var activity in network.Activities)
        {
            onActivity.Clear();
            onActivity.Add(index.NumberOf(activity.Lead) - first);
            foreach (var partner in activity.Partners)
            {
                onActivity.Add(index.NumberOf(partner) - first);
            }

            onActivity.Sort();
            var distinct = CompactDistinct(onActivity);
            for (var a = 0; a < distinct; a++)
            {
                for (var b = a + 1; b < distinct; b++)
                {
                    edges.Add(onActivity[a], onActivity[b], EdgeRelation.SharedActivity);
                }
            }
        }

        var organizations = network.Organizations;
        return Finish(
            ProjectionKind.Organizations,
            organizations.ToArray(),
            edges,
            organizations.Select(o => o.Sector).ToArray(),
            organizations.Select(o => o.CommunityLed).ToArray());
    }

    private static NetworkProjection ProjectPeople(Network network, NetworkIndex index)
    {
        var edges = new EdgeAccumulator();
        foreach (var (tie, from, to) in index.DistinctTies)
        {
            if (index.KindOf(from) == NodeKind.Person && index.KindOf(to) == NodeKind.Person)
            {
                edges.Add(from - index.People, to - index.People, RelationOf(tie.Type));
            }
        }

        var people = network.People;
        return Finish(ProjectionKind.People, people.ToArray(), edges, new Sector?[people.Count], new bool[people.Count]);
    }

    private static NetworkProjection Finish(
        ProjectionKind kind, INetworkNode[] nodes, EdgeAccumulator edges, Sector?[] sectors, bool[] communityLed)
    {
        var ids = new string[nodes.Length];
        var names = new string[nodes.Length];
        var kinds = new NodeKind[nodes.Length];
        for (var i = 0; i < nodes.Length; i++)
        {
            ids[i] = nodes[i].Id;
            names[i] = nodes[i].Name;
            kinds[i] = nodes[i].Kind;
        }

        var (graph, relationMasks) = edges.Build(ids);
        return new NetworkProjection(kind, graph, kinds, names, sectors, communityLed, relationMasks);
    }

    /// <summary>Moves the distinct values of a sorted list to its front and returns how many there are.</summary>
    private static int CompactDistinct(List<int> sorted)
    {
        var count = 0;
        for (var i = 0; i < sorted.Count; i++)
        {
            if (count == 0 || sorted[i] != sorted[count - 1])
            {
                sorted[count++] = sorted[i];
            }
        }

        return count;
    }

    internal static EdgeRelation RelationOf(TieType type) => type switch
    {
        TieType.Collaborates => EdgeRelation.Collaborates,
        TieType.Communicates => EdgeRelation.Communicates,
        TieType.Funds => EdgeRelation.Funds,
        TieType.Refers => EdgeRelation.Refers,
        TieType.SharesData => EdgeRelation.SharesData,
        TieType.FeedsInto => EdgeRelation.FeedsInto,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown tie type."),
    };
}
