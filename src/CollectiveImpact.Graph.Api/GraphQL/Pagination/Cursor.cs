using System.Buffers.Text;
using System.Text;
using CollectiveImpact.Graph.Api.GraphQL.Errors;

namespace CollectiveImpact.Graph.Api.GraphQL.Pagination;

/// <summary>
/// Opaque cursors: the base64url of the store's keyset page key (an id, or a tie's key). Opaque so that clients
/// pass them back rather than build them, which leaves the key's shape free to change.
/// </summary>
public static class Cursor
{
    public static string Encode(string pageKey) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(pageKey));

    /// <summary>The page key inside a cursor; <see cref="ErrorCodes.InvalidArgument"/> when it is not one this API issued.</summary>
    public static string? Decode(string? cursor)
    {
        if (cursor is null)
        {
            return null;
        }

        try
        {
            var key = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (key.Length > 0)
            {
                return key;
            }
        }
        catch (FormatException)
        {
        }

        throw ApiError.InvalidArgument($"after: '{cursor}' is not a cursor from this API; pass an endCursor or cursor you were given.");
    }
}
