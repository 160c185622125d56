using GraphQLParser.AST;

namespace CollectiveImpact.Graph.Api.GraphQL.Limits;

/// <summary>
/// Measures a parsed document in time linear in its size, whatever its fragments do: each operation and fragment is
/// walked once, and what a spread adds is looked up from its fragment's own measure (fragments are measured in
/// dependency order, so each is measured once however often it is spread). GraphQL.NET's complexity analyzer and
/// several validation rules instead walk a fragment again at every spread, which is exponential in the nesting of
/// fragments ("billion laughs"); this runs before them so that they only see documents within
/// <see cref="RequestLimits"/>.
/// </summary>
public static class DocumentMeasurer
{
    private const int NodesBetweenCancellationChecks = 1024;

    public static DocumentShape Measure(GraphQLDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var walk = new Walk(cancellationToken);

        var fragmentIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var fragments = new List<GraphQLFragmentDefinition>();
        var operations = new List<GraphQLOperationDefinition>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLFragmentDefinition fragment:
                    // A duplicate name is UniqueFragmentNames' error; spreads resolve to the first, as in GraphQL.NET.
                    fragmentIndex.TryAdd(fragment.FragmentName.Name.StringValue, fragments.Count);
                    fragments.Add(fragment);
                    break;
                case GraphQLOperationDefinition operation:
                    operations.Add(operation);
                    break;
            }
        }

        var fragmentParts = new Part[fragments.Count];
        for (var i = 0; i < fragments.Count; i++)
        {
            walk.Directives(fragments[i].Directives);
            fragmentParts[i] = walk.Definition(fragments[i].SelectionSet, fragmentIndex);
        }

        var variables = 0;
        var operationParts = new Part[operations.Count];
        for (var i = 0; i < operations.Count; i++)
        {
            walk.Directives(operations[i].Directives);
            foreach (var variable in operations[i].Variables?.Items ?? [])
            {
                variables++;
                walk.Directives(variable.Directives);
            }

            operationParts[i] = walk.Definition(operations[i].SelectionSet, fragmentIndex);
        }

        var cyclic = ExpandInDependencyOrder(fragmentParts, cancellationToken);
        if (cyclic is not null)
        {
            return new DocumentShape(operations.Count, fragments.Count, variables, walk.DirectiveCount, walk.MostDirectivesAtOneLocation, walk.Aliases,
                DocumentShape.Unbounded, DocumentShape.Unbounded, DocumentShape.Unbounded, fragments[cyclic.Value].FragmentName.Name.StringValue);
        }

        long fields = 0, depth = 0, widest = 0;
        foreach (var operation in operationParts)
        {
            operation.Expand(fragmentParts);
        }

        foreach (var part in fragmentParts.Concat(operationParts))
        {
            fields = Math.Max(fields, part.ExpandedFields);
            depth = Math.Max(depth, part.ExpandedDepth);
            widest = Math.Max(widest, part.WidestSelectionSet(fragmentParts));
        }

        return new DocumentShape(operations.Count, fragments.Count, variables, walk.DirectiveCount, walk.MostDirectivesAtOneLocation, walk.Aliases,
            fields, depth, widest, null);
    }

    /// <summary>
    /// Expands every fragment after the fragments it spreads (Kahn's algorithm). Returns a fragment on a cycle when
    /// some cannot be ordered, else null.
    /// </summary>
    private static int? ExpandInDependencyOrder(Part[] fragments, CancellationToken cancellationToken)
    {
        var waitingFor = new int[fragments.Length];
        var dependents = new List<int>[fragments.Length];
        for (var i = 0; i < fragments.Length; i++)
        {
            dependents[i] = [];
        }

        for (var i = 0; i < fragments.Length; i++)
        {
            foreach (var target in fragments[i].SpreadTargets)
            {
                waitingFor[i]++;
                dependents[target].Add(i);
            }
        }

        var ready = new Queue<int>(Enumerable.Range(0, fragments.Length).Where(i => waitingFor[i] == 0));
        var done = new bool[fragments.Length];
        while (ready.TryDequeue(out var next))
        {
            cancellationToken.ThrowIfCancellationRequested();
            fragments[next].Expand(fragments);
            done[next] = true;
            foreach (var dependent in dependents[next])
            {
                if (--waitingFor[dependent] == 0)
                {
                    ready.Enqueue(dependent);
                }
            }
        }

        var start = Array.IndexOf(done, false);
        if (start < 0)
        {
            return null;
        }

        // Every fragment left waits for another one left; following such links must come back to one already seen.
        var seen = new HashSet<int>();
        var current = start;
        while (seen.Add(current))
        {
            current = fragments[current].SpreadTargets.First(target => !done[target]);
        }

        return current;
    }

    /// <summary>One selection set as written: its own fields and the fragments spread directly into it.</summary>
    private sealed class SelectionSetCount
    {
        public long Fields { get; set; }

        public List<int> Spreads { get; } = [];
    }

    /// <summary>An operation's or fragment's own measure, then (<see cref="Expand"/>) its measure with spreads expanded.</summary>
    private sealed class Part
    {
        public long OwnFields { get; set; }

        public long OwnDepth { get; set; }

        /// <summary>Each spread with the depth it is at (0 at the top of the definition).</summary>
        public List<(int Fragment, int Depth)> Spreads { get; } = [];

        public HashSet<int> SpreadTargets { get; } = [];

        public SelectionSetCount Top { get; } = new();

        public List<SelectionSetCount> SelectionSets { get; } = [];

        public long ExpandedFields { get; private set; }

        public long ExpandedDepth { get; private set; }

        /// <summary>The fields at the top of this definition, spreads there expanded: what it adds where it is spread.</summary>
        public long ExpandedTopFields { get; private set; }

        /// <summary>Needs every fragment this spreads to be expanded already.</summary>
        public void Expand(Part[] fragments)
        {
            var fields = OwnFields;
            var depth = OwnDepth;
            foreach (var (fragment, at) in Spreads)
            {
                fields = Saturating(fields + fragments[fragment].ExpandedFields);
                depth = Math.Max(depth, Saturating(at + fragments[fragment].ExpandedDepth));
            }

            ExpandedFields = fields;
            ExpandedDepth = depth;
            ExpandedTopFields = Width(Top, fragments);
        }

        public long WidestSelectionSet(Part[] fragments) => SelectionSets.Count == 0 ? 0 : SelectionSets.Max(set => Width(set, fragments));

        private static long Width(SelectionSetCount set, Part[] fragments)
        {
            var width = set.Fields;
            foreach (var fragment in set.Spreads)
            {
                width = Saturating(width + fragments[fragment].ExpandedTopFields);
            }

            return width;
        }

        private static long Saturating(long value) => Math.Min(value, DocumentShape.Unbounded);
    }

    /// <summary>The single walk over the document's nodes; its recursion is bounded by the parser's depth limit.</summary>
    private sealed class Walk(CancellationToken cancellationToken)
    {
        private int nodes;

        public int DirectiveCount { get; private set; }

        public int Aliases { get; private set; }

        public int MostDirectivesAtOneLocation { get; private set; }

        public Part Definition(GraphQLSelectionSet selectionSet, Dictionary<string, int> fragmentIndex)
        {
            var part = new Part();
            part.SelectionSets.Add(part.Top);
            SelectionSet(selectionSet, 1, part, part.Top, fragmentIndex);
            return part;
        }

        public void Directives(GraphQLDirectives? directives)
        {
            var count = directives?.Count ?? 0;
            DirectiveCount += count;
            MostDirectivesAtOneLocation = Math.Max(MostDirectivesAtOneLocation, count);
        }

        /// <summary>Counts into <paramref name="count"/>; <paramref name="depth"/> is that of the fields directly here (1 at the top).</summary>
        private void SelectionSet(GraphQLSelectionSet selectionSet, int depth, Part part, SelectionSetCount count, Dictionary<string, int> fragmentIndex)
        {
            foreach (var selection in selectionSet.Selections)
            {
                if (++nodes % NodesBetweenCancellationChecks == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                switch (selection)
                {
                    case GraphQLField field:
                        Directives(field.Directives);
                        part.OwnFields++;
                        Aliases += field.Alias is null ? 0 : 1;
                        count.Fields++;
                        part.OwnDepth = Math.Max(part.OwnDepth, depth);
                        if (field.SelectionSet is { } children)
                        {
                            var childCount = new SelectionSetCount();
                            part.SelectionSets.Add(childCount);
                            SelectionSet(children, depth + 1, part, childCount, fragmentIndex);
                        }

                        break;
                    case GraphQLFragmentSpread spread:
                        Directives(spread.Directives);
                        // An unknown fragment adds nothing here; KnownFragmentNames reports it.
                        if (fragmentIndex.TryGetValue(spread.FragmentName.Name.StringValue, out var target))
                        {
                            part.Spreads.Add((target, depth - 1));
                            part.SpreadTargets.Add(target);
                            count.Spreads.Add(target);
                        }

                        break;
                    case GraphQLInlineFragment inline:
                        // Its fields are in the enclosing selection set, at the same depth.
                        Directives(inline.Directives);
                        SelectionSet(inline.SelectionSet, depth, part, count, fragmentIndex);
                        break;
                }
            }
        }
    }
}
