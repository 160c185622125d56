using CollectiveImpact.Graph.Api.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace CollectiveImpact.Graph.Api.Tests.Sample;

/// <summary>
/// The sample is loaded when the store is empty (version 0), logged, and not loaded again on the next start against
/// the same database; turned off by Sample:LoadOnEmptyStore. Counts come from the sample file.
/// </summary>
public sealed class SampleNetworkLoaderTests
{
    [Fact]
    public async Task Start_EmptyStore_LoadsTheSampleAndLogsWhatItLoaded()
    {
        using var factory = new InstrumentedApiFactory();

        var data = await factory.GraphQL().DataAsync("{ networkVersion organizations { totalCount } people { totalCount } activities { totalCount } }");

        Assert.Equal(1, data.GetProperty("networkVersion").GetInt64());
        Assert.Equal(SampleDocument.Organizations.Count, data.Path("organizations.totalCount").GetInt32());
        Assert.Equal(SampleDocument.People.Count, data.Path("people.totalCount").GetInt32());
        Assert.Equal(SampleDocument.Activities.Count, data.Path("activities.totalCount").GetInt32());
        Assert.Contains(factory.Logs.Entries, e => e.Level == LogLevel.Information
            && e.Message.Contains("Loaded the sample", StringComparison.Ordinal)
            && e.Message.Contains($"{SampleDocument.Organizations.Count} organizations", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_SecondTimeOnTheSameDatabase_DoesNotLoadAgain()
    {
        string databasePath;
        using (var first = new ApiFactory { DeleteDatabaseOnDispose = false })
        {
            databasePath = first.DatabasePath;
            await first.GraphQL().DataAsync("mutation { createGoal(input: { id: \"g-kept\", name: \"Written between starts\" }) { version } }");
        }

        using var second = new InstrumentedApiFactory { DatabasePath = databasePath };
        var data = await second.GraphQL().DataAsync("{ networkVersion goals { totalCount } }");

        Assert.Equal(2, data.GetProperty("networkVersion").GetInt64());
        Assert.Equal(SampleDocument.Goals.Count + 1, data.Path("goals.totalCount").GetInt32());
        Assert.DoesNotContain(second.Logs.Entries, e => e.Message.Contains("Loaded the sample", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_LoadingTurnedOff_LeavesTheStoreEmpty()
    {
        using var factory = new NoSampleApiFactory();

        var data = await factory.GraphQL().DataAsync("{ networkVersion initiative { id } organizations { totalCount } }");

        Assert.Equal(0, data.GetProperty("networkVersion").GetInt64());
        Assert.Equal(0, data.Path("organizations.totalCount").GetInt32());
    }

    private sealed class NoSampleApiFactory : ApiFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings { get; } =
            new Dictionary<string, string?> { ["Sample:LoadOnEmptyStore"] = "false" };
    }
}
