using CollectiveImpact.Graph.Api.GraphQL.Errors;
using CollectiveImpact.Graph.Api.GraphQL.Pagination;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL.Pagination;

public sealed class CursorTests
{
    [Theory]
    [InlineData("o-backbone")]
    [InlineData("ü-unicode-id")]
    public void Decode_EncodedKey_ReturnsTheKey(string key)
    {
        Assert.Equal(key, Cursor.Decode(Cursor.Encode(key)));
    }

    [Fact]
    public void Decode_EncodedTieKey_KeepsItsSeparators()
    {
        var key = PageKeys.OfTie(TieKey.Of("o-b", "o-a", TieType.Collaborates));

        Assert.Equal(key, Cursor.Decode(Cursor.Encode(key)));
    }

    [Fact]
    public void Encode_Key_IsOpaqueAndUrlSafe()
    {
        var cursor = Cursor.Encode("o-backbone/with?odd+chars");

        Assert.DoesNotContain("backbone", cursor, StringComparison.Ordinal);
        Assert.DoesNotContain('+', cursor);
        Assert.DoesNotContain('/', cursor);
    }

    [Theory]
    [InlineData("not a cursor!")]
    [InlineData("")]
    public void Decode_Garbage_ThrowsInvalidArgument(string cursor)
    {
        var error = Assert.Throws<ApiError>(() => Cursor.Decode(cursor));

        Assert.Equal(ErrorCodes.InvalidArgument, error.Code);
        Assert.Contains("after", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Null_IsNull()
    {
        Assert.Null(Cursor.Decode(null));
    }
}
