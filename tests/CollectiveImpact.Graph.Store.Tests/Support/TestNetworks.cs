using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Validation;

namespace CollectiveImpact.Graph.Store.Tests.Support;

/// <summary>
/// A small, valid, hand-built network in the spirit of the spec's example (Logan Together), so each test can
/// break exactly one rule and see exactly one problem.
/// </summary>
internal static class TestNetworks
{
    public static Network Small() => new(
        new Initiative("logan", "Logan Together", "o-backbone", "A collective impact initiative."),
        [new Goal("g-ready", "Children ready for school"), new Goal("g-work", "Young adults in work")],
        [
            new Indicator("i-kindy", "Kindy enrolment", "g-ready", "%", Direction.Increase,
                new DatedValue(72.0, new DateOnly(2019, 1, 1)), new DatedValue(90.0, new DateOnly(2025, 12, 31))),
            new Indicator("i-jobs", "Youth unemployment", "g-work", "%", Direction.Decrease),
        ],
        [
            new Measurement("i-kindy", new DateOnly(2022, 6, 30), 78.5, "o-ed"),
            new Measurement("i-kindy", new DateOnly(2023, 6, 30), 80.1),
        ],
        [
            new Organization("o-backbone", "Logan Together Backbone", Sector.Nonprofit, false, ["g-ready", "g-work"]),
            new Organization("o-ed", "Dept of Education", Sector.Government, false, ["g-ready"]),
            new Organization("o-x", "Kingston Community Hub", Sector.Community, true),
        ],
        [
            new Person("p-1", "A. Person", "o-ed", "Principal", "a@example.org"),
            new Person("p-2", "B. Person", "o-x", "Connector", null, true),
        ],
        [
            new Activity("a-kindy", "Going to Kindy", "o-ed", ["o-x"], ["i-kindy"], ["children-3-5"], ["logan-central"],
                ActivityStatus.Active, new DateOnly(2020, 2, 1)),
            new Activity("a-school", "Starting school", "o-backbone", ["o-ed"], ["i-kindy"]),
        ],
        [
            new Tie("o-ed", "o-x", TieType.Collaborates, 3, new DateOnly(2020, 1, 1)),
            new Tie("p-1", "p-2", TieType.Communicates),
            new Tie("a-kindy", "a-school", TieType.FeedsInto),
            new Tie("o-backbone", "a-kindy", TieType.Funds, 250000),
        ]);

    /// <summary>The (path, code) pairs of a list of problems, for exact comparisons.</summary>
    public static IReadOnlyList<(string Path, string Code)> PathsAndCodes(IEnumerable<ValidationProblem> problems) =>
        problems.Select(p => (p.Path, p.Code)).ToList();

    public static string Canonical(Network network) => System.Text.Encoding.UTF8.GetString(NetworkDocumentWriter.Write(network));
}
