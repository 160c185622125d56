using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;
using CollectiveImpact.Graph.Store.Tests.Support;
using static CollectiveImpact.Graph.Store.Tests.Storage.TestNetworks;

namespace CollectiveImpact.Graph.Store.Tests.Storage;

/// <summary>The read side of the contract: filters, keyset pages, batch lookups. Expected ids are read off <see cref="TestNetworks.Riverside"/>.</summary>
public abstract partial class NetworkStoreContractTests
{
    public static TheoryData<string, string[]> GoalFilters => new()
    {
        { "", ["g-health", "g-jobs", "g-ready"] },
        { "READY", ["g-ready"] },
        { "o", ["g-jobs", "g-ready"] },
        { "nothing like this", [] },
    };

    [StoreTheory]
    [MemberData(nameof(GoalFilters))]
    public async Task ListGoals_NameContains_MatchesCaseInsensitively(string text, string[] expected)
    {
        var store = await StoreWithAsync(Riverside);

        var page = await store.ListGoalsAsync(new GoalFilter(text), PageRequest.All);

        AssertPage(expected, page);
    }

    [StoreFact]
    public async Task ListIndicators_EachFilterField_SelectsExactlyTheMatches()
    {
        var store = await StoreWithAsync(Riverside);

        AssertPage(["i-clinic", "i-employ", "i-kindy", "i-reading"], await store.ListIndicatorsAsync(IndicatorFilter.None, PageRequest.All));
        AssertPage(["i-kindy", "i-reading"], await store.ListIndicatorsAsync(new(Goals: ["g-ready"]), PageRequest.All));
        AssertPage(["i-clinic", "i-kindy", "i-reading"], await store.ListIndicatorsAsync(new(Goals: ["g-ready", "g-health"]), PageRequest.All));
        AssertPage([], await store.ListIndicatorsAsync(new(Goals: []), PageRequest.All));
        AssertPage([], await store.ListIndicatorsAsync(new(Goals: ["g-unknown"]), PageRequest.All));
        AssertPage(["i-employ"], await store.ListIndicatorsAsync(new(NameContains: "EMPLOY"), PageRequest.All));
        AssertPage(["i-reading"], await store.ListIndicatorsAsync(new(["g-ready"], "read"), PageRequest.All));
    }

    [StoreFact]
    public async Task ListOrganizations_EachFilterField_SelectsExactlyTheMatches()
    {
        var store = await StoreWithAsync(Riverside);

        AssertPage(["o-backbone", "o-biz", "o-church", "o-ed", "o-health", "o-youth"],
            await store.ListOrganizationsAsync(OrganizationFilter.None, PageRequest.All));
        AssertPage(["o-church", "o-health"], await store.ListOrganizationsAsync(new(Sectors: [Sector.Health, Sector.Faith]), PageRequest.All));
        AssertPage([], await store.ListOrganizationsAsync(new(Sectors: [Sector.Other]), PageRequest.All));
        AssertPage([], await store.ListOrganizationsAsync(new(Sectors: []), PageRequest.All));
        AssertPage(["o-backbone", "o-youth"], await store.ListOrganizationsAsync(new(Goals: ["g-jobs"]), PageRequest.All));
        AssertPage(["o-backbone", "o-health"], await store.ListOrganizationsAsync(new(Goals: ["g-health"]), PageRequest.All));
        AssertPage(["o-church", "o-youth"], await store.ListOrganizationsAsync(new(CommunityLed: true), PageRequest.All));
        AssertPage(["o-backbone", "o-biz", "o-ed", "o-health"], await store.ListOrganizationsAsync(new(CommunityLed: false), PageRequest.All));
        AssertPage(["o-backbone", "o-health"], await store.ListOrganizationsAsync(new(NameContains: "riverside"), PageRequest.All));
        AssertPage(["o-church"], await store.ListOrganizationsAsync(new(NameContains: "ÉGLISE"), PageRequest.All));
        AssertPage(["o-youth"], await store.ListOrganizationsAsync(new(Goals: ["g-jobs"], CommunityLed: true), PageRequest.All));
    }

    [StoreFact]
    public async Task ListPeople_EachFilterField_SelectsExactlyTheMatches()
    {
        var store = await StoreWithAsync(Riverside);

        AssertPage(["p-ann", "p-bob", "p-cy", "p-dee"], await store.ListPeopleAsync(PersonFilter.None, PageRequest.All));
        AssertPage(["p-ann", "p-cy"], await store.ListPeopleAsync(new(Organizations: ["o-ed", "o-youth"]), PageRequest.All));
        AssertPage([], await store.ListPeopleAsync(new(Organizations: ["o-biz"]), PageRequest.All));
        AssertPage(["p-cy"], await store.ListPeopleAsync(new(NameContains: "RIVERS"), PageRequest.All));
        AssertPage(["p-bob"], await store.ListPeopleAsync(new(["o-health", "o-ed"], "ng"), PageRequest.All));
    }

    [StoreFact]
    public async Task ListActivities_EachFilterField_SelectsExactlyTheMatches()
    {
        var store = await StoreWithAsync(Riverside);

        AssertPage(["a-clinic", "a-hub", "a-jobs", "a-kindy"], await store.ListActivitiesAsync(ActivityFilter.None, PageRequest.All));

        // Goals: through the activity's indicators (i-kindy and i-reading measure g-ready; i-clinic g-health; i-employ g-jobs).
        AssertPage(["a-kindy"], await store.ListActivitiesAsync(new(Goals: ["g-ready"]), PageRequest.All));
        AssertPage(["a-clinic", "a-jobs"], await store.ListActivitiesAsync(new(Goals: ["g-jobs", "g-health"]), PageRequest.All));
        AssertPage(["a-kindy"], await store.ListActivitiesAsync(new(Indicators: ["i-reading"]), PageRequest.All));
        AssertPage(["a-clinic", "a-jobs"], await store.ListActivitiesAsync(new(Indicators: ["i-employ", "i-clinic"]), PageRequest.All));
        AssertPage(["a-clinic", "a-kindy"], await store.ListActivitiesAsync(new(Statuses: [ActivityStatus.Active, ActivityStatus.Planned]), PageRequest.All));
        AssertPage([], await store.ListActivitiesAsync(new(Statuses: []), PageRequest.All));

        // Organizations: lead or partner.
        AssertPage(["a-clinic", "a-hub", "a-kindy"], await store.ListActivitiesAsync(new(Organizations: ["o-ed"]), PageRequest.All));
        AssertPage(["a-hub", "a-jobs"], await store.ListActivitiesAsync(new(Organizations: ["o-youth"]), PageRequest.All));
        AssertPage(["a-kindy"], await store.ListActivitiesAsync(new(Organizations: ["o-church"]), PageRequest.All));
        AssertPage(["a-hub"], await store.ListActivitiesAsync(new(NameContains: "HUB"), PageRequest.All));
        AssertPage(["a-clinic"], await store.ListActivitiesAsync(new(Statuses: [ActivityStatus.Planned], Organizations: ["o-ed"]), PageRequest.All));
    }

    [StoreFact]
    public async Task ListTies_EachFilterField_SelectsExactlyTheMatches()
    {
        var store = await StoreWithAsync(Riverside);

        AssertTies(Riverside.Ties, await store.ListTiesAsync(TieFilter.None, PageRequest.All));
        AssertTies(
            [new("p-cy", "p-ann", TieType.Communicates, 2), new("p-ann", "p-bob", TieType.Communicates)],
            await store.ListTiesAsync(new(Types: [TieType.Communicates]), PageRequest.All));
        AssertTies([], await store.ListTiesAsync(new(Types: []), PageRequest.All));

        // Nodes: either end, whichever way the tie was given.
        AssertTies(
            [new("o-ed", "o-health", TieType.Collaborates, 3, D("2020-01-01")), new("o-health", "o-ed", TieType.Refers, 40), new("o-ed", "o-health", TieType.SharesData)],
            await store.ListTiesAsync(new(Nodes: ["o-ed"]), PageRequest.All));
        AssertTies([new("o-youth", "o-church", TieType.Collaborates)], await store.ListTiesAsync(new(Nodes: ["o-church"]), PageRequest.All));
        AssertTies(
            [new("o-backbone", "o-youth", TieType.Funds, 12000, D("2021-07-01"), D("2023-06-30"))],
            await store.ListTiesAsync(new([TieType.Funds], ["o-youth"]), PageRequest.All));
    }

    public static TheoryData<int> PageSizes => new() { 1, 2, 3, 4, 7, 50 };

    [StoreTheory]
    [MemberData(nameof(PageSizes))]
    public async Task ListPages_WalkEveryItemExactlyOnceInKeyOrder(int size)
    {
        var store = await StoreWithAsync(Riverside);

        await AssertWalkAsync(Riverside.Goals, p => store.ListGoalsAsync(GoalFilter.None, p), size);
        await AssertWalkAsync(Riverside.Indicators, p => store.ListIndicatorsAsync(IndicatorFilter.None, p), size);
        await AssertWalkAsync(Riverside.Organizations, p => store.ListOrganizationsAsync(OrganizationFilter.None, p), size);
        await AssertWalkAsync(Riverside.People, p => store.ListPeopleAsync(PersonFilter.None, p), size);
        await AssertWalkAsync(Riverside.Activities, p => store.ListActivitiesAsync(ActivityFilter.None, p), size);
        await AssertWalkAsync(Riverside.Ties, p => store.ListTiesAsync(TieFilter.None, p), size);
        await AssertWalkAsync(
            Riverside.Organizations.Where(o => !o.CommunityLed).ToList(),
            p => store.ListOrganizationsAsync(new(CommunityLed: false), p),
            size);
    }

    [StoreFact]
    public async Task ListPage_AfterAKeyBetweenItems_StartsAtTheNextItem()
    {
        var store = await StoreWithAsync(Riverside);

        var page = await store.ListOrganizationsAsync(OrganizationFilter.None, new PageRequest(2, "o-c"));

        Assert.Equal(["o-church", "o-ed"], page.Items.Select(o => o.Id));
        Assert.True(page.HasNextPage);
        Assert.Equal(6, page.TotalCount);
    }

    [StoreFact]
    public async Task ListPage_FirstZero_ReturnsNoItemsButTheCountAndWhetherMoreExist()
    {
        var store = await StoreWithAsync(Riverside);

        var page = await store.ListPeopleAsync(PersonFilter.None, new PageRequest(0));

        Assert.Empty(page.Items);
        Assert.True(page.HasNextPage);
        Assert.Equal(4, page.TotalCount);
    }

    [StoreFact]
    public async Task ListPage_NegativeFirst_IsRejectedNamingTheArgument()
    {
        var store = await StoreWithAsync(Riverside);

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => store.ListGoalsAsync(GoalFilter.None, new PageRequest(-1)));
        var tieError = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => store.ListTiesAsync(TieFilter.None, new PageRequest(-5)));

        Assert.Equal("first", error.ParamName);
        Assert.Equal("first", tieError.ParamName);
    }

    [StoreFact]
    public async Task ListActivities_OwnedLists_KeepTheirStoredOrder()
    {
        var store = await StoreWithAsync(Riverside);

        var kindy = (await store.ListActivitiesAsync(new(Indicators: ["i-kindy"]), PageRequest.All)).Items.Single();
        var backbone = (await store.ListOrganizationsAsync(new(Sectors: [Sector.Nonprofit]), new PageRequest(1))).Items.Single();

        Assert.Equal(["o-health", "o-church"], kindy.Partners);
        Assert.Equal(["i-kindy", "i-reading"], kindy.Indicators);
        Assert.Equal(["logan-central", "logan-east"], kindy.Places);
        Assert.Equal(["g-jobs", "g-health", "g-ready"], backbone.Goals);
    }

    [StoreFact]
    public async Task GetNodes_MixedKindsAndUnknownIds_ReturnsTheKnownNodesInAskedOrder()
    {
        var store = await StoreWithAsync(Riverside);
        string[] ids = ["a-kindy", "nope", "g-ready", "o-health", "riverside", "p-bob", "i-clinic", "g-ready"];

        var nodes = await store.GetNodesAsync(ids);

        INetworkNode[] expected =
        [
            Riverside.Activities.Single(a => a.Id == "a-kindy"), Riverside.Goals.Single(g => g.Id == "g-ready"),
            Riverside.Organizations.Single(o => o.Id == "o-health"), Riverside.Initiative!,
            Riverside.People.Single(p => p.Id == "p-bob"), Riverside.Indicators.Single(i => i.Id == "i-clinic"),
        ];
        Assert.Equal(expected.Select(NetworkAssert.Json), nodes.Select(NetworkAssert.Json));
        Assert.Empty(await store.GetNodesAsync([]));
        Assert.Empty(await store.GetNodesAsync(["nope"]));
    }

    [StoreFact]
    public async Task ListMeasurements_ReturnsTheAskedIndicatorsByIndicatorThenDate()
    {
        var store = await StoreWithAsync(Riverside);

        var measurements = await store.ListMeasurementsAsync(["i-kindy", "i-clinic", "i-none"]);

        Assert.Equal(
            [
                new Measurement("i-clinic", D("2022-01-01"), 380),
                new Measurement("i-kindy", D("2021-06-30"), 75.25, "o-ed"),
                new Measurement("i-kindy", D("2022-06-30"), 78.5, "o-ed"),
            ],
            measurements);
        Assert.Empty(await store.ListMeasurementsAsync([]));
    }

    private static void AssertPage<T>(string[] expectedIds, Page<T> page)
        where T : INetworkNode
    {
        Assert.Equal(expectedIds, page.Items.Select(item => item.Id));
        Assert.Equal(expectedIds.Length, page.TotalCount);
        Assert.False(page.HasNextPage);
    }

    private static void AssertTies(IReadOnlyList<Tie> expected, Page<Tie> page)
    {
        var inKeyOrder = expected.OrderBy(Page<Tie>.KeyOf, StringComparer.Ordinal).ToList();
        Assert.Equal(inKeyOrder, page.Items);
        Assert.Equal(expected.Count, page.TotalCount);
        Assert.False(page.HasNextPage);
    }

    /// <summary>Walks a list page by page: every item once, in key order, with a steady count and a right HasNextPage.</summary>
    private static async Task AssertWalkAsync<T>(IReadOnlyList<T> all, Func<PageRequest, Task<Page<T>>> list, int size)
    {
        var expected = all.Select(Page<T>.KeyOf).Order(StringComparer.Ordinal).ToList();
        var seen = new List<string>();
        string? after = null;
        for (var pages = 0; pages <= expected.Count; pages++)
        {
            var page = await list(new PageRequest(size, after));
            Assert.Equal(expected.Count, page.TotalCount);
            Assert.True(page.Items.Count <= size);
            seen.AddRange(page.Items.Select(Page<T>.KeyOf));
            Assert.Equal(seen.Count < expected.Count, page.HasNextPage);
            if (!page.HasNextPage)
            {
                break;
            }

            after = Page<T>.KeyOf(page.Items[^1]);
        }

        Assert.Equal(expected, seen);
    }
}
