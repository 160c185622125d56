using System.Text.Json;
using System.Text.Json.Serialization;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Store.Tests.Storage;

/// <summary>
/// Structural equality of networks. Records compare their list members by reference, so each list is compared
/// through its JSON form (every field, lists in order); a failure names the list that differs.
/// </summary>
internal static class NetworkAssert
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static void Equal(Network expected, Network actual)
    {
        Assert.Equal(Json(expected.Initiative), Json(actual.Initiative));
        Assert.Equal(Json(expected.Goals), Json(actual.Goals));
        Assert.Equal(Json(expected.Indicators), Json(actual.Indicators));
        Assert.Equal(Json(expected.Measurements), Json(actual.Measurements));
        Assert.Equal(Json(expected.Organizations), Json(actual.Organizations));
        Assert.Equal(Json(expected.People), Json(actual.People));
        Assert.Equal(Json(expected.Activities), Json(actual.Activities));
        Assert.Equal(Json(expected.Ties), Json(actual.Ties));
    }

    /// <summary>Equal as sets of entries: the same entries, in any order (lists inside an entry still in order).</summary>
    public static void EquivalentItems<T>(IEnumerable<T> expected, IEnumerable<T> actual)
    {
        Assert.Equal(expected.Select(Json).Order(StringComparer.Ordinal), actual.Select(Json).Order(StringComparer.Ordinal));
    }

    /// <summary>By runtime type, so a node typed as <see cref="INetworkNode"/> still shows all its fields.</summary>
    public static string Json<T>(T value) => JsonSerializer.Serialize(value, value?.GetType() ?? typeof(object), Options);
}
