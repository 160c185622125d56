using CollectiveImpact.Graph.Analytics.Reinforcement;

namespace CollectiveImpact.Graph.Analytics.Tests.Reinforcement;

/// <summary>
/// <see cref="PipelineFinder"/> directly, on graphs too long or too odd for the reinforcement check's tests
/// (ReinforcementCheckTests holds the everyday cases). Expected values by construction.
/// </summary>
public sealed class PipelineFinderTests
{
    [Fact]
    public void Find_ChainOfTwentyThousand_IsOneChainInFlowOrder()
    {
        // Ids run against the flow (a19999 → … → a00000), so the order can only come from the ties; QuikGraph's
        // components are iterative, so a chain this long does not exhaust the stack.
        const int length = 20_000;
        var ids = Enumerable.Range(0, length).Select(i => $"a{i:D5}").ToArray();
        var flows = Enumerable.Range(1, length - 1).Select(i => (ids[i], ids[i - 1]));

        var pipeline = Assert.Single(PipelineFinder.Find(ids, flows));

        Assert.Equal(ids.Reverse(), pipeline.Activities);
        Assert.True(pipeline.IsChain);
        Assert.Empty(pipeline.Cycles);
    }

    [Fact]
    public void Find_TiesToActivitiesOutsideTheSet_AreLeftOut()
    {
        (string, string)[] flows = [("a", "b"), ("b", "outside"), ("outside", "c"), ("c", "c")];

        var pipelines = PipelineFinder.Find(["a", "b", "c", "lone"], flows);

        Assert.Equal(2, pipelines.Count);
        Assert.Equal(["a", "b"], pipelines[0].Activities);
        Assert.Equal(["c"], pipelines[1].Activities);
        Assert.Equal(["c"], Assert.Single(pipelines[1].Cycles));
        Assert.False(pipelines[1].IsChain);
    }
}
