using CollectiveImpact.Graph.Api.GraphQL.Pagination;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL.Pagination;

/// <summary>In-memory slicing of nested lists: it must behave like the store's keyset pages.</summary>
public sealed class ConnectionsTests
{
    private static readonly string[] Items = ["d", "a", "c", "b", "e"];

    [Fact]
    public void Slice_FirstPage_TakesTheFirstKeysInOrdinalOrder()
    {
        var connection = Connections.Slice(Items, x => x, new PageArguments(2, null));

        Assert.Equal(["a", "b"], connection.Edges!.Select(e => e.Node));
        Assert.True(connection.PageInfo!.HasNextPage);
        Assert.Equal(5, connection.TotalCount);
        Assert.Equal(Cursor.Encode("b"), connection.PageInfo.EndCursor);
    }

    [Fact]
    public void Slice_AfterAKey_StartsPastIt()
    {
        var connection = Connections.Slice(Items, x => x, new PageArguments(2, "c"));

        Assert.Equal(["d", "e"], connection.Edges!.Select(e => e.Node));
        Assert.False(connection.PageInfo!.HasNextPage);
        Assert.Equal(5, connection.TotalCount);
    }

    [Fact]
    public void Slice_AfterAKeyNoLongerPresent_StartsWhereItWouldBe()
    {
        var connection = Connections.Slice(Items, x => x, new PageArguments(10, "bb"));

        Assert.Equal(["c", "d", "e"], connection.Edges!.Select(e => e.Node));
    }

    [Fact]
    public void Slice_FirstZero_ReturnsNoEdgesButTheCount()
    {
        var connection = Connections.Slice(Items, x => x, new PageArguments(0, null));

        Assert.Empty(connection.Edges!);
        Assert.True(connection.PageInfo!.HasNextPage);
        Assert.Null(connection.PageInfo.EndCursor);
        Assert.Equal(5, connection.TotalCount);
    }

    [Fact]
    public void SliceIds_Duplicates_CountOnce()
    {
        var (ids, hasNextPage, total) = Connections.SliceIds(["b", "a", "b"], new PageArguments(1, null));

        Assert.Equal(["a"], ids);
        Assert.True(hasNextPage);
        Assert.Equal(2, total);
    }
}
