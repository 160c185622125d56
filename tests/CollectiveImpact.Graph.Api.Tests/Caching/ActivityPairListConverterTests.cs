using System.Text.Json;
using CollectiveImpact.Graph.Analytics.Reinforcement;
using CollectiveImpact.Graph.Api.Caching;

namespace CollectiveImpact.Graph.Api.Tests.Caching;

/// <summary>Pairs written as tables come back equal, and the tables make the JSON far smaller than pair by pair.</summary>
public sealed class ActivityPairListConverterTests
{
    private sealed record Goal(IReadOnlyList<ActivityPair> Pairs);

    private static readonly JsonSerializerOptions PairByPair = new(JsonSerializerDefaults.Web);

    private static List<ActivityPair> Pairs(int activities)
    {
        var sides = Enumerable.Range(0, activities).Select(i => new PairedActivity($"act-{i}", $"Activity {i}", $"org-{i % 7}", $"Organization {i % 7}")).ToArray();
        var pairs = new List<ActivityPair>();
        for (var a = 0; a < activities; a++)
        {
            for (var b = a + 1; b < activities; b++)
            {
                pairs.Add(new ActivityPair(a % 2 == 0 ? "goal-1" : "goal-2", a % 2 == 0 ? "Literacy" : "Housing", sides[a], sides[b]));
            }
        }

        return pairs;
    }

    [Fact]
    public void RoundTrip_ManyPairsSharingActivities_ComesBackEqualAndSmaller()
    {
        var goal = new Goal(Pairs(60));

        var json = JsonSerializer.SerializeToUtf8Bytes(goal, AnalysisSerializerFactory.Options);
        var back = JsonSerializer.Deserialize<Goal>(json, AnalysisSerializerFactory.Options)!;

        Assert.Equal(goal.Pairs, back.Pairs);
        Assert.True(json.Length * 5 < JsonSerializer.SerializeToUtf8Bytes(goal, PairByPair).Length, $"{json.Length} bytes as tables");
    }

    [Fact]
    public void RoundTrip_EmptyAndNull_StayEmptyAndNull()
    {
        var empty = JsonSerializer.Deserialize<Goal>(JsonSerializer.Serialize(new Goal([]), AnalysisSerializerFactory.Options), AnalysisSerializerFactory.Options)!;
        var missing = JsonSerializer.Deserialize<Goal>("""{"pairs":null}""", AnalysisSerializerFactory.Options)!;

        Assert.Empty(empty.Pairs);
        Assert.Null(missing.Pairs);
    }

    [Fact]
    public void Read_IndexOutsideTheTables_FailsAsJson()
    {
        const string json = """{"pairs":{"goals":[["g","Goal"]],"activities":[{"id":"a","name":"A","lead":"o","leadName":"O"}],"pairs":[0,0,1]}}""";

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Goal>(json, AnalysisSerializerFactory.Options));
    }
}
