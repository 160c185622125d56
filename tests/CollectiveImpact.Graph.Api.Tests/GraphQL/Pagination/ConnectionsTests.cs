using CollectiveImpact.Graph.Api.GraphQL.Errors;
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

    [Fact]
    public void FromList_PagesInTheListsOwnOrder_CursorsContinueWherePagesEnd()
    {
        var first = Connections.FromList(Items, new PageArguments(2, null));
        var second = Connections.FromList(Items, new PageArguments(2, Cursor.Decode(first.PageInfo!.EndCursor)));
        var last = Connections.FromList(Items, new PageArguments(2, Cursor.Decode(second.PageInfo!.EndCursor)));

        Assert.Equal(["d", "a"], first.Edges!.Select(e => e.Node));
        Assert.Equal(["c", "b"], second.Edges!.Select(e => e.Node));
        Assert.Equal(["e"], last.Edges!.Select(e => e.Node));
        Assert.True(second.PageInfo.HasNextPage);
        Assert.False(last.PageInfo!.HasNextPage);
        Assert.All([first, second, last], c => Assert.Equal(5, c.TotalCount));
    }

    [Fact]
    public void FromList_AfterTheLastItem_IsEmpty()
    {
        var connection = Connections.FromList(Items, new PageArguments(2, Cursor.Decode(Connections.FromList(Items, new PageArguments(5, null)).PageInfo!.EndCursor)));

        Assert.Empty(connection.Edges!);
        Assert.False(connection.PageInfo!.HasNextPage);
    }

    [Fact]
    public void FromList_Limit_CountsOnlyTheFirstItems()
    {
        var first = Connections.FromList(Items, new PageArguments(2, null), limit: 3);
        var rest = Connections.FromList(Items, new PageArguments(2, Cursor.Decode(first.PageInfo!.EndCursor)), limit: 3);

        Assert.Equal(3, first.TotalCount);
        Assert.Equal(["d", "a"], first.Edges!.Select(e => e.Node));
        Assert.Equal(["c"], rest.Edges!.Select(e => e.Node));
        Assert.False(rest.PageInfo!.HasNextPage);
    }

    [Fact]
    public void FromList_KeysetCursor_IsAnInvalidArgument()
    {
        var error = Assert.Throws<ApiError>(() => Connections.FromList(Items, new PageArguments(2, "o-backbone")));

        Assert.Equal(ErrorCodes.InvalidArgument, error.Code);
        Assert.StartsWith("after:", error.Message, StringComparison.Ordinal);
    }
}
