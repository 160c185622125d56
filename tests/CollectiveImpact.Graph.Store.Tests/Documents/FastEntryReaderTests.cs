using System.Text;
using System.Text.Json.Nodes;
using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Generation;
using CollectiveImpact.Graph.Store.Tests.Support;

namespace CollectiveImpact.Graph.Store.Tests.Documents;

/// <summary>
/// The reader's fast path (<see cref="FastEntryReader"/>) reads exactly what the slow one does: the same network
/// and the same problems, worded the same, on valid documents and on documents with entries broken in every way the
/// fast path must refuse.
/// </summary>
public sealed class FastEntryReaderTests
{
    private static readonly string[] Lists = ["organizations", "people", "activities", "ties", "measurements"];

    private static readonly string[] Properties =
    [
        "id", "name", "sector", "communityLed", "goals", "since", "until", "organization", "role", "email", "communityMember",
        "lead", "partners", "indicators", "populations", "places", "status", "start", "end", "from", "to", "type", "weight",
        "indicator", "date", "value", "reportedBy",
    ];

    // Values of every JSON kind, right and wrong for some property: enum spellings, impossible and malformed dates,
    // escaped text (the writer escapes "é" and "+"), numbers out of range or not positive, mixed arrays.
    private static readonly string[] Values =
    [
        "null", "\"\"", "\"x\"", "\"é\"", "\"a+b\"", "\"NONPROFIT\"", "\"nonprofit\"", "\"COLLABORATES\"", "\"FUNDS\"", "\"ACTIVE\"",
        "\"2024-02-29\"", "\"2023-02-29\"", "\"0000-01-01\"", "\"2024-1-01\"", "\"2024-13-01\"", "\"2024\\u002d01-01\"",
        "0", "-1", "1.5", "1e400", "true", "false", "[]", "[\"o-1\"]", "[\"o-1\", 2]", "{}", "\"o-1\"",
    ];

    [Theory]
    [InlineData(1, 40)]
    [InlineData(2, 300)]
    public void Read_GeneratedDocument_FastAndSlowReadTheSameNetwork(int seed, int organizations)
    {
        var document = NetworkDocumentWriter.Write(NetworkGenerator.Generate(new NetworkGeneratorOptions { Seed = seed, Organizations = organizations }));

        var fast = NetworkDocumentReader.Read(document, fastEntries: true);
        var slow = NetworkDocumentReader.Read(document, fastEntries: false);

        Assert.Empty(fast.Problems);
        Assert.Empty(slow.Problems);
        Assert.Equal(NetworkDocumentWriter.Write(slow.Network!), NetworkDocumentWriter.Write(fast.Network!));
        Assert.Equal(document, NetworkDocumentWriter.Write(fast.Network!));
    }

    [Fact]
    public void Read_Sample_FastAndSlowReadTheSameNetwork()
    {
        var document = File.ReadAllBytes(RepositoryFiles.PathOf(RoundTripTests.SamplePath));

        var fast = NetworkDocumentReader.Read(document, fastEntries: true);
        var slow = NetworkDocumentReader.Read(document, fastEntries: false);

        Assert.Empty(fast.Problems);
        Assert.Equal(NetworkDocumentWriter.Write(slow.Network!), NetworkDocumentWriter.Write(fast.Network!));
    }

    /// <summary>
    /// 300 seeded documents, each with a few entries changed at random: a property set to any of <see cref="Values"/>,
    /// removed, repeated, added unknown, its name escaped, or the entry replaced by a non-object.
    /// </summary>
    [Fact]
    public void Read_EntriesBrokenAtRandom_FastAndSlowGiveTheSameProblemsAndNetwork()
    {
        var baseDocument = Encoding.UTF8.GetString(NetworkDocumentWriter.Write(
            NetworkGenerator.Generate(new NetworkGeneratorOptions { Seed = 7, Organizations = 12 })));
        var refusedSome = 0;
        for (var seed = 0; seed < 300; seed++)
        {
            var random = new Random(seed);
            var root = JsonNode.Parse(baseDocument)!.AsObject();
            var edits = new List<(string List, int Index, string Edit)>();
            for (var change = 0; change < 1 + random.Next(3); change++)
            {
                var listName = Lists[random.Next(Lists.Length)];
                var list = root[listName]!.AsArray();
                var index = random.Next(list.Count);
                edits.Add((listName, index, Mutate(list, index, random)));
            }

            var text = root.ToJsonString();
            // Repeated and escaped names cannot be made through JsonNode: edited in the text, on one entry each.
            if (random.Next(4) == 0)
            {
                text = ReplaceOnce(text, "\"name\":", random.Next(2) == 0 ? "\"name\":null,\"name\":" : "\"name\":\"twice\",\"name\":", random);
            }

            if (random.Next(4) == 0)
            {
                text = ReplaceOnce(text, "\"from\":", "\"fr\\u006fm\":", random);
            }

            var bytes = Encoding.UTF8.GetBytes(text);
            var fast = NetworkDocumentReader.Read(bytes, fastEntries: true);
            var slow = NetworkDocumentReader.Read(bytes, fastEntries: false);

            var context = $"seed {seed}: {string.Join("; ", edits.Select(e => $"{e.List}[{e.Index}] {e.Edit}"))}";
            Assert.True(
                slow.Problems.SequenceEqual(fast.Problems),
                $"{context}\nslow: {string.Join(" | ", slow.Problems)}\nfast: {string.Join(" | ", fast.Problems)}");
            Assert.Equal(slow.Network is null, fast.Network is null);
            if (slow.Network is not null)
            {
                Assert.Equal(NetworkDocumentWriter.Write(slow.Network), NetworkDocumentWriter.Write(fast.Network!));
            }
            else
            {
                refusedSome++;
            }
        }

        // The changes must have broken documents often, or the comparison of problems proved little.
        Assert.InRange(refusedSome, 100, 300);
    }

    private static string Mutate(JsonArray list, int index, Random random)
    {
        if (random.Next(10) == 0)
        {
            var value = Values[random.Next(Values.Length)];
            list[index] = JsonNode.Parse(value);
            return $"replaced by {value}";
        }

        if (list[index] is not JsonObject entry)
        {
            return "left as it was";
        }

        switch (random.Next(4))
        {
            case 0:
                var removed = entry.ElementAt(random.Next(entry.Count)).Key;
                entry.Remove(removed);
                return $"without {removed}";
            case 1:
                entry["extra"] = 1;
                return "with an unknown property";
            default:
                var name = random.Next(3) == 0 ? Properties[random.Next(Properties.Length)] : entry.ElementAt(random.Next(entry.Count)).Key;
                var text = Values[random.Next(Values.Length)];
                entry[name] = JsonNode.Parse(text);
                return $"{name} = {text}";
        }
    }

    private static string ReplaceOnce(string text, string what, string with, Random random)
    {
        var positions = new List<int>();
        for (var at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + 1, StringComparison.Ordinal))
        {
            positions.Add(at);
        }

        if (positions.Count == 0)
        {
            return text;
        }

        var position = positions[random.Next(positions.Count)];
        return string.Concat(text.AsSpan(0, position), with, text.AsSpan(position + what.Length));
    }
}
