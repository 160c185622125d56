using System.Text;
using System.Text.Json;
using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Domain;
using static CollectiveImpact.Graph.Store.Tests.Support.TestNetworks;

namespace CollectiveImpact.Graph.Store.Tests.Documents;

/// <summary>
/// The canonical form (docs/format/network-format-v1.md, "Canonical form"). Expected documents are written out
/// by hand from the spec's property order.
/// </summary>
public sealed class NetworkDocumentWriterTests
{
    /// <remarks>Expected JSON is written with ' for " to stay legible.</remarks>
    [Fact]
    public void Write_OneOfEachEntry_WritesPropertiesInSpecOrderWithFormatSpellings()
    {
        var network = new Network(
            new Initiative("logan", "Logan Together", "o-ed"),
            [new Goal("g", "Ready")],
            [new Indicator("i", "Kindy", "g", "%", Direction.Decrease, new DatedValue(72, new DateOnly(2019, 1, 1)), new DatedValue(90))],
            [new Measurement("i", new DateOnly(2022, 6, 30), 78.5, "o-ed")],
            [new Organization("o-ed", "Education", Sector.Philanthropy, true, ["g"]), new Organization("o-x", "X")],
            [new Person("p", "P", "o-ed", "Principal", "p@example.org", true), new Person("q", "Q")],
            [new Activity("a", "Kindy", "o-ed", ["o-x"], ["i"], ["kids"], ["here"], ActivityStatus.Completed, new DateOnly(2020, 2, 1), new DateOnly(2021, 3, 4)), new Activity("b", "B", "o-x")],
            [new Tie("o-ed", "o-x", TieType.SharesData, 0.25, new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31)), new Tie("a", "b", TieType.FeedsInto)]);

        var json = Encoding.UTF8.GetString(NetworkDocumentWriter.Write(network));

        Assert.Equal(
            string.Concat(
                "{'format':'collective-impact-network/1','initiative':{'id':'logan','name':'Logan Together','backbone':'o-ed'},",
                "'goals':[{'id':'g','name':'Ready'}],",
                "'indicators':[{'id':'i','name':'Kindy','goal':'g','unit':'%','direction':'DECREASE','baseline':{'value':72,'date':'2019-01-01'},'target':{'value':90}}],",
                "'measurements':[{'indicator':'i','date':'2022-06-30','value':78.5,'reportedBy':'o-ed'}],",
                "'organizations':[{'id':'o-ed','name':'Education','sector':'PHILANTHROPY','communityLed':true,'goals':['g']},{'id':'o-x','name':'X','communityLed':false,'goals':[]}],",
                "'people':[{'id':'p','name':'P','organization':'o-ed','role':'Principal','email':'p@example.org','communityMember':true},{'id':'q','name':'Q','communityMember':false}],",
                "'activities':[{'id':'a','name':'Kindy','lead':'o-ed','partners':['o-x'],'indicators':['i'],'populations':['kids'],'places':['here'],'status':'COMPLETED','start':'2020-02-01','end':'2021-03-04'},",
                "{'id':'b','name':'B','lead':'o-x','partners':[],'indicators':[],'populations':[],'places':[]}],",
                "'ties':[{'from':'o-ed','to':'o-x','type':'SHARES_DATA','weight':0.25,'since':'2020-01-01','until':'2020-12-31'},{'from':'a','to':'b','type':'FEEDS_INTO'}]}").Replace('\'', '"'),
            json);
    }

    [Fact]
    public void Write_EmptyNetwork_WritesEveryListAndNoInitiative()
    {
        var json = Encoding.UTF8.GetString(NetworkDocumentWriter.Write(Network.Empty));

        Assert.Equal(
            """{"format":"collective-impact-network/1","goals":[],"indicators":[],"measurements":[],"organizations":[],"people":[],"activities":[],"ties":[]}""",
            json);
    }

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(72.0, "72")]
    [InlineData(1e-7, "1E-07")]
    [InlineData(1.0000000000000002, "1.0000000000000002")]
    [InlineData(123456789.123, "123456789.123")]
    [InlineData(-0.5, "-0.5")]
    public void Write_Doubles_ShortestFormThatReadsBackExactly(double value, string expected)
    {
        var network = Network.Empty with { Measurements = [new Measurement("i", new DateOnly(2020, 1, 1), value)] };

        var json = Encoding.UTF8.GetString(NetworkDocumentWriter.Write(network));
        var readBack = NetworkDocumentReader.Read(json).Network!.Measurements[0].Value;

        Assert.Contains($"\"value\":{expected}", json);
        Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(readBack));
    }

    [Fact]
    public void Write_NonAsciiAndQuotes_StayReadableAndValid()
    {
        var network = Network.Empty with { Goals = [new Goal("g-ō", "Tamariki \"ready\" — for school\n")] };

        var json = Encoding.UTF8.GetString(NetworkDocumentWriter.Write(network));

        Assert.Contains("\"id\":\"g-ō\"", json);
        Assert.Contains("Tamariki \\\"ready\\\" — for school\\n", json);
        Assert.Equal("Tamariki \"ready\" — for school\n", NetworkDocumentReader.Read(json).Network!.Goals[0].Name);
    }

    [Fact]
    public void Write_Indented_HoldsTheSameDocument()
    {
        var network = Small();

        var indented = NetworkDocumentWriter.Write(network, indented: true);

        Assert.Contains((byte)'\n', indented);
        Assert.Equal(Canonical(network), Canonical(NetworkDocumentReader.Read(indented).Network!));
    }

    [Fact]
    public void Write_ToUtf8JsonWriterAndStream_MatchesByteArray()
    {
        var network = Small();
        var expected = NetworkDocumentWriter.Write(network);
        using var viaWriter = new MemoryStream();
        using (var writer = new Utf8JsonWriter(viaWriter))
        {
            NetworkDocumentWriter.Write(writer, network);
        }

        using var viaStream = new MemoryStream();
        NetworkDocumentWriter.Write(viaStream, network);

        Assert.Equal(expected, viaWriter.ToArray());
        Assert.Equal(expected, viaStream.ToArray());
    }
}
