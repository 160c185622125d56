using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;
using CollectiveImpact.Graph.Analytics.Reinforcement;

namespace CollectiveImpact.Graph.Api.Caching;

/// <summary>
/// Writes a list of activity pairs (a goal's unreinforced pairs) as tables: each goal and each activity once, then
/// three indexes per pair; reads it back as a list that builds each pair when asked, as Analytics' own list does.
/// </summary>
/// <remarks>
/// Why: Analytics keeps a goal's unreinforced pairs as two indexes each into its activities (30 MiB for 3.9 million
/// pairs at 20,000 organizations); written pair by pair, with both activities and the goal spelled out, the same report
/// took 1.1 GB of JSON, over <c>Cache:MaximumPayloadBytes</c> (so it was never shared through Redis) and over
/// what the process-memory level would keep for it, which counts results at their JSON size (so it was computed again
/// on every request). As tables it takes 41 MB, about 10.5 bytes a pair.
/// </remarks>
internal sealed class ActivityPairListConverter : JsonConverter<IReadOnlyList<ActivityPair>>
{
    public override IReadOnlyList<ActivityPair> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null!;
        }

        var table = JsonSerializer.Deserialize<PairTable>(ref reader, options)
            ?? throw new JsonException("A cached list of activity pairs is null.");
        return new IndexedPairList(table);
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<ActivityPair> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        var goals = new Dictionary<(string, string), int>();
        var activities = new Dictionary<PairedActivity, int>(ReferenceEqualityComparer.Instance);
        var goalTable = new List<string[]>();
        var activityTable = new List<PairedActivity>();
        var indexes = new int[value.Count * 3];
        (string? Id, string? Name, int Index) lastGoal = (null, null, -1);
        for (var i = 0; i < value.Count; i++)
        {
            var pair = value[i];

            // A goal's pairs share its id and name strings: hash them once per goal, not once per pair (3.9 million
            // pairs in one report at 20,000 organizations).
            if (!ReferenceEquals(pair.Goal, lastGoal.Id) || !ReferenceEquals(pair.GoalName, lastGoal.Name))
            {
                lastGoal = (pair.Goal, pair.GoalName, IndexOf(goals, (pair.Goal, pair.GoalName), goalTable, [pair.Goal, pair.GoalName]));
            }

            indexes[3 * i] = lastGoal.Index;
            indexes[(3 * i) + 1] = IndexOf(activities, pair.A, activityTable, pair.A);
            indexes[(3 * i) + 2] = IndexOf(activities, pair.B, activityTable, pair.B);
        }

        JsonSerializer.Serialize(writer, new PairTable(goalTable, activityTable, indexes), options);
    }

    private static int IndexOf<TKey, TRow>(Dictionary<TKey, int> seen, TKey key, List<TRow> table, TRow row)
        where TKey : notnull
    {
        if (!seen.TryGetValue(key, out var index))
        {
            index = table.Count;
            seen.Add(key, index);
            table.Add(row);
        }

        return index;
    }

    /// <summary>The written form: goals as [id, name], activities, and per pair its goal's, A's and B's index.</summary>
    private sealed record PairTable(IReadOnlyList<string[]> Goals, IReadOnlyList<PairedActivity> Activities, int[] Pairs);

    private sealed class IndexedPairList : IReadOnlyList<ActivityPair>
    {
        private readonly PairTable table;

        public IndexedPairList(PairTable table)
        {
            if (table.Pairs.Length % 3 != 0
                || table.Goals.Any(goal => goal is not { Length: 2 })
                || table.Pairs.Where((index, i) => index < 0 || index >= (i % 3 == 0 ? table.Goals.Count : table.Activities.Count)).Any())
            {
                throw new JsonException("A cached list of activity pairs has an index out of its tables.");
            }

            this.table = table;
        }

        public int Count => table.Pairs.Length / 3;

        public ActivityPair this[int index]
        {
            get
            {
                ArgumentOutOfRangeException.ThrowIfNegative(index);
                ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
                var goal = table.Goals[table.Pairs[3 * index]];
                return new ActivityPair(goal[0], goal[1], table.Activities[table.Pairs[(3 * index) + 1]], table.Activities[table.Pairs[(3 * index) + 2]]);
            }
        }

        public IEnumerator<ActivityPair> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
