using CollectiveImpact.Graph.Api.GraphQL.Limits;
using GraphQLParser;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL.Limits;

/// <summary>
/// The pre-pass on small hand-built documents. Expected counts are worked out by hand from the document: fields once
/// every spread is replaced by its fragment, depth as GraphQL.NET's complexity analyzer counts it (a top-level field
/// is at 1), widths per selection set with spreads and inline fragments in it expanded.
/// </summary>
public sealed class DocumentMeasurerTests
{
    [Fact]
    public void Measure_PlainQuery_CountsFieldsDepthAndWidth()
    {
        var shape = Measure("{ a b { c d e } }");

        Assert.Equal(new DocumentShape(Operations: 1, Fragments: 0, Variables: 0, Directives: 0, MostDirectivesAtOneLocation: 0, Aliases: 0,
            Fields: 5, Depth: 2, MostFieldsInOneSelectionSet: 3, CyclicFragment: null), shape);
    }

    [Fact]
    public void Measure_FragmentsSpreadThreeTimesEach_CountsEverySpread()
    {
        // F0 has 2 fields, F1 spreads F0 three times (6), F2 spreads F1 three times (18); the operation spreads F2 once.
        var shape = Measure("{ ...F2 } fragment F0 on Q { x y } fragment F1 on Q { ...F0 ...F0 ...F0 } fragment F2 on Q { ...F1 ...F1 ...F1 }");

        Assert.Equal(3, shape.Fragments);
        Assert.Equal(18, shape.Fields);
        Assert.Equal(1, shape.Depth);
        Assert.Equal(18, shape.MostFieldsInOneSelectionSet);
    }

    [Fact]
    public void Measure_BillionLaughs_SaturatesWithoutExpanding()
    {
        // 2 * 3^40 fields once expanded: counted from each fragment's measure, never walked.
        var fragments = string.Join(' ', Enumerable.Range(1, 40).Select(i => $"fragment F{i} on Q {{ ...F{i - 1} ...F{i - 1} ...F{i - 1} }}"));

        var shape = Measure("{ ...F40 } fragment F0 on Q { x y } " + fragments);

        Assert.Equal(DocumentShape.Unbounded, shape.Fields);
        Assert.Equal(DocumentShape.Unbounded, shape.MostFieldsInOneSelectionSet);
        Assert.Null(shape.CyclicFragment);
    }

    [Fact]
    public void Measure_SpreadsBelowFields_AddTheirDepthWhereTheyAreSpread()
    {
        // a (1) > F: b (2) > G: c (3) > d (4).
        var shape = Measure("{ a { ...F } } fragment F on T { b { ...G } } fragment G on T { c { d } }");

        Assert.Equal(4, shape.Depth);
        Assert.Equal(4, shape.Fields);
        Assert.Equal(1, shape.MostFieldsInOneSelectionSet);
    }

    [Fact]
    public void Measure_FragmentCycle_NamesAFragmentOnTheCycle()
    {
        // D depends on the cycle A > B > C > A without being on it.
        var shape = Measure("{ ...D } fragment D on Q { ...A } fragment A on Q { x ...B } fragment B on Q { ...C } fragment C on Q { ...A }");

        Assert.Contains(shape.CyclicFragment, new[] { "A", "B", "C" });
    }

    [Fact]
    public void Measure_FragmentSpreadingItself_IsACycle()
    {
        var shape = Measure("{ ...A } fragment A on Q { x { ...A } }");

        Assert.Equal("A", shape.CyclicFragment);
    }

    [Fact]
    public void Measure_Directives_CountsEveryLocation()
    {
        // Variable 1, operation 1, field 2, spread 1, fragment definition 1, inline fragment 1.
        var shape = Measure("query Q($v: Int @d) @d { a @include(if: true) @skip(if: false) ...F @d ... @d { c } } fragment F on Q @d { b }");

        Assert.Equal(7, shape.Directives);
        Assert.Equal(2, shape.MostDirectivesAtOneLocation);
        Assert.Equal(1, shape.Variables);
    }

    [Fact]
    public void Measure_InlineFragments_AreInTheEnclosingSelectionSet()
    {
        var shape = Measure("{ a ... on T { b c } ... { d } }");

        Assert.Equal(4, shape.MostFieldsInOneSelectionSet);
        Assert.Equal(4, shape.Fields);
        Assert.Equal(1, shape.Depth);
    }

    [Fact]
    public void Measure_UnknownFragment_AddsNothing()
    {
        var shape = Measure("{ a ...Missing }");

        Assert.Equal(1, shape.Fields);
        Assert.Null(shape.CyclicFragment);
    }

    [Fact]
    public void Measure_Aliases_AreCountedAsWritten()
    {
        var shape = Measure("{ x: a y: a b ...F ...F } fragment F on Q { z: c }");

        Assert.Equal(3, shape.Aliases);
        Assert.Equal(5, shape.Fields);
    }

    [Fact]
    public void Measure_SeveralOperations_TakesTheLargest()
    {
        var shape = Measure("query A { a } query B($x: Int, $y: Int) { b { c } } query C { d e f }");

        Assert.Equal(3, shape.Operations);
        Assert.Equal(2, shape.Variables);
        Assert.Equal(3, shape.Fields);
        Assert.Equal(2, shape.Depth);
    }

    [Fact]
    public void Measure_UnusedFragment_IsMeasuredToo()
    {
        // GraphQL.NET validates every fragment, used or not.
        var shape = Measure("{ a } fragment Big on Q { a b c d e f g }");

        Assert.Equal(7, shape.Fields);
        Assert.Equal(7, shape.MostFieldsInOneSelectionSet);
    }

    [Fact]
    public void Measure_CancelledToken_Throws()
    {
        var document = Parser.Parse("{ " + string.Concat(Enumerable.Repeat("a ", 5000)) + "}");

        Assert.Throws<OperationCanceledException>(() => DocumentMeasurer.Measure(document, new CancellationToken(canceled: true)));
    }

    private static DocumentShape Measure(string text) => DocumentMeasurer.Measure(Parser.Parse(text));
}
