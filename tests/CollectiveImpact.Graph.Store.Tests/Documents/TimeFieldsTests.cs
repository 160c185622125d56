using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;
using CollectiveImpact.Graph.Store.Validation;
using static CollectiveImpact.Graph.Store.Tests.Storage.TestNetworks;

namespace CollectiveImpact.Graph.Store.Tests.Documents;

/// <summary>
/// The optional <c>since</c>/<c>until</c> of organizations and people (network-format.md, <i>Time</i>): read, written
/// in canonical order after the other fields, checked (a real date, <c>until</c> not before <c>since</c>), and absent
/// from documents that never had them.
/// </summary>
public sealed class TimeFieldsTests
{
    internal const string Document = """
        {"format":"collective-impact-network/1",
         "organizations":[{"id":"o-a","name":"A","communityLed":false,"goals":[],"since":"2021-01-01","until":"2024-06-30"},
                          {"id":"o-b","name":"B","communityLed":false,"goals":[]}],
         "people":[{"id":"p-1","name":"One","organization":"o-a","communityMember":false,"since":"2022-03-01"}]}
        """;

    [Fact]
    public void Read_SinceAndUntil_OnOrganizationsAndPeople()
    {
        var result = NetworkDocumentReader.Read(Document);

        Assert.Empty(result.Problems);
        var network = result.Network!;
        Assert.Equal((D("2021-01-01"), D("2024-06-30")), (network.Organizations[0].Since, network.Organizations[0].Until));
        Assert.Equal((null, null), (network.Organizations[1].Since, network.Organizations[1].Until));
        Assert.Equal((D("2022-03-01"), (DateOnly?)null), (network.People[0].Since, network.People[0].Until));
    }

    [Fact]
    public void Write_SinceAndUntil_AfterTheOtherFieldsAndOnlyWhenGiven()
    {
        var network = NetworkDocumentReader.Read(Document).Network!;

        var json = System.Text.Encoding.UTF8.GetString(NetworkDocumentWriter.Write(network));

        Assert.Contains("""{"id":"o-a","name":"A","communityLed":false,"goals":[],"since":"2021-01-01","until":"2024-06-30"}""", json);
        Assert.Contains("""{"id":"o-b","name":"B","communityLed":false,"goals":[]}""", json);
        Assert.Contains("""{"id":"p-1","name":"One","organization":"o-a","communityMember":false,"since":"2022-03-01"}""", json);
    }

    [Fact]
    public void RoundTrip_DocumentWithSinceAndUntil_IsByteIdentical()
    {
        var first = NetworkDocumentWriter.Write(NetworkDocumentReader.Read(Document).Network!);

        var second = NetworkDocumentWriter.Write(NetworkDocumentReader.Read(first).Network!);

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("organizations", "since", "2023-02-29")]
    [InlineData("organizations", "until", "2023-2-1")]
    [InlineData("people", "since", "01/03/2022")]
    public void Read_BadDate_IsInvalidDateAtTheEntryAndField(string list, string field, string bad)
    {
        var json = Document.Replace(list == "people" ? "\"since\":\"2022-03-01\"" : $"\"{field}\":\"{(field == "since" ? "2021-01-01" : "2024-06-30")}\"",
            $"\"{field}\":\"{bad}\"", StringComparison.Ordinal);

        var problem = Assert.Single(NetworkDocumentReader.Read(json).Problems);

        Assert.Equal((ProblemCodes.InvalidDate, $"$.{list}[0].{field}"), (problem.Code, problem.Path));
        Assert.Contains(bad, problem.Message, StringComparison.Ordinal);
        Assert.Contains(list == "people" ? "person 'p-1'" : "organization 'o-a'", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("organizations", "organization 'o-a'")]
    [InlineData("people", "person 'p-1'")]
    public void Read_UntilBeforeSince_IsEndBeforeStartNamingTheEntry(string list, string named)
    {
        var json = list == "people"
            ? Document.Replace("\"since\":\"2022-03-01\"", "\"since\":\"2022-03-01\",\"until\":\"2022-02-28\"", StringComparison.Ordinal)
            : Document.Replace("\"until\":\"2024-06-30\"", "\"until\":\"2020-12-31\"", StringComparison.Ordinal);

        var problem = Assert.Single(NetworkDocumentReader.ReadChange(json, ChangeMode.Replace, Network.Empty).Problems);

        Assert.Equal((ProblemCodes.EndBeforeStart, $"$.{list}[0].until"), (problem.Code, problem.Path));
        Assert.StartsWith(char.ToUpperInvariant(named[0]) + named[1..], problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UntilOnTheDayOfSince_IsAllowed()
    {
        var json = Document.Replace("\"until\":\"2024-06-30\"", "\"until\":\"2021-01-01\"", StringComparison.Ordinal);

        Assert.Empty(NetworkDocumentReader.ReadChange(json, ChangeMode.Replace, Network.Empty).Problems);
    }
}
