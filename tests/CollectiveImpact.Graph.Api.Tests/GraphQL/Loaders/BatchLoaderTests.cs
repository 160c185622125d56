using CollectiveImpact.Graph.Api.GraphQL.Loaders;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL.Loaders;

public sealed class BatchLoaderTests
{
    private readonly List<IReadOnlyCollection<int>> batches = [];

    [Fact]
    public async Task Load_KeysQueuedBeforeTheFirstAwait_AreFetchedInOneCall()
    {
        var loader = SquareLoader();
        var results = new[] { loader.Load(1), loader.Load(2), loader.Load(2), loader.Load(3) };

        var values = await Task.WhenAll(results.Select(r => r.GetResultAsync()));

        Assert.Equal([1, 4, 4, 9], values);
        var batch = Assert.Single(batches);
        Assert.Equal([1, 2, 3], batch.Order());
    }

    [Fact]
    public async Task Load_AfterABatchRan_StartsANewBatch()
    {
        var loader = SquareLoader();
        await loader.Load(1).GetResultAsync();

        var later = await loader.Load(5).GetResultAsync();

        Assert.Equal(25, later);
        Assert.Equal(2, batches.Count);
        Assert.Equal([5], batches[1]);
    }

    [Fact]
    public async Task Load_KeyTheFetchDoesNotReturn_IsDefault()
    {
        var loader = SquareLoader();

        var missing = await loader.Load(-1).GetResultAsync();

        Assert.Equal(0, missing);
    }

    [Fact]
    public async Task LoadMany_KeysInOrder_SkipsMissingAndSharesTheBatch()
    {
        var loader = SquareLoader();
        var single = loader.Load(2);
        var many = loader.LoadMany([3, -1, 2]);

        Assert.Equal([9, 4], await many.GetResultAsync());
        Assert.Equal(4, await single.GetResultAsync());
        Assert.Single(batches);
    }

    [Fact]
    public async Task ThenLoad_SecondLoadIsPending_SoItsKeysBatchAcrossParents()
    {
        var loader = SquareLoader();
        var chained = new[] { loader.Load(1).ThenLoad(v => loader.Load(v + 10)), loader.Load(2).ThenLoad(v => loader.Load(v + 10)) };

        var inner = await Task.WhenAll(chained.Select(c => c.GetResultAsync()));
        var values = await Task.WhenAll(inner.Select(i => i.GetResultAsync()));

        Assert.Equal([121, 196], values);
        Assert.Equal(2, batches.Count);
        Assert.Equal([11, 14], batches[1].Order());
    }

    [Fact]
    public async Task Load_FetchFails_EveryResultOfTheBatchFails()
    {
        var loader = new BatchLoader<int, int>((_, _) => Task.FromException<IReadOnlyDictionary<int, int>>(new TimeoutException("store down")));
        var a = loader.Load(1);
        var b = loader.Load(2);

        await Assert.ThrowsAsync<TimeoutException>(() => a.GetResultAsync());
        await Assert.ThrowsAsync<TimeoutException>(() => b.GetResultAsync());
    }

    private BatchLoader<int, int> SquareLoader() => new((keys, _) =>
    {
        lock (batches)
        {
            batches.Add([.. keys]);
        }

        return Task.FromResult<IReadOnlyDictionary<int, int>>(keys.Where(k => k >= 0).ToDictionary(k => k, k => k * k));
    });
}
