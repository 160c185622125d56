using System.Text.Json;
using CollectiveImpact.Graph.Analytics.Graphs;

namespace CollectiveImpact.Graph.Analytics.Tests.Fixtures;

/// <summary>
/// NetworkX's values for the structure measures on each fixture graph, as make_structure_fixtures.py wrote them to
/// Fixtures/structure.json (null there is NetworkX's nan, or a value NetworkX raises on).
/// </summary>
internal static class StructureReference
{
    public const double Tolerance = 1e-6;

    private static readonly Lazy<JsonElement> Graphs =
        new(() => FixtureGraph.LoadExpected("structure.json").GetProperty("graphs"));

    /// <summary>The expected values for one graph.</summary>
    public static JsonElement For(string graphName) => Graphs.Value.GetProperty(graphName);

    public static double? NullableDouble(JsonElement value) =>
        value.ValueKind == JsonValueKind.Null ? null : value.GetDouble();

    public static int? NullableInt(JsonElement value) =>
        value.ValueKind == JsonValueKind.Null ? null : value.GetInt32();

    /// <summary>Each node's score agrees with NetworkX's to <see cref="Tolerance"/>; null (nan) expects NaN.</summary>
    public static void AssertScores(JsonElement expected, NodeScores actual)
    {
        var expectedIds = expected.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(expectedIds, actual.Graph.NodeIds.Order(StringComparer.Ordinal));
        foreach (var node in expected.EnumerateObject())
        {
            var want = NullableDouble(node.Value);
            var got = actual[node.Name];
            if (want is null)
            {
                Assert.True(double.IsNaN(got), $"Node {node.Name}: expected undefined (NaN), got {got}.");
            }
            else
            {
                Assert.True(Math.Abs(want.Value - got) <= Tolerance, $"Node {node.Name}: expected {want}, got {got}.");
            }
        }
    }

    /// <summary>A nullable scalar agrees with NetworkX's to <see cref="Tolerance"/>, null for null.</summary>
    public static void AssertValue(JsonElement expected, double? actual)
    {
        var want = NullableDouble(expected);
        if (want is null)
        {
            Assert.Null(actual);
            return;
        }

        Assert.NotNull(actual);
        Assert.True(Math.Abs(want.Value - actual.Value) <= Tolerance, $"Expected {want}, got {actual}.");
    }
}
