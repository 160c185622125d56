using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;
using Microsoft.Extensions.DependencyInjection;
using static CollectiveImpact.Graph.Api.Tests.Imports.ExcelLikeWorkbook;

namespace CollectiveImpact.Graph.Api.Tests.Imports;

/// <summary>
/// A Kumu map's export (Elements: Label, Type, Description, Tags and the map's own fields; Connections: From, To,
/// Type, Direction, Strength, Label) imported through <c>POST /import</c>: element types become kinds, connection
/// types ties or fields (a person's organization, an activity's lead and partners, goals and indicators), connections
/// without a type are read by their ends, and every row that cannot be mapped is reported with why.
/// </summary>
public sealed class KumuImportTests
{
    private static readonly Dictionary<string, string?> EmptyStore = new() { ["Sample:LoadOnEmptyStore"] = "false" };

    /// <summary>A workbook laid out as Kumu's "Export to Excel" writes one, with the mistakes real maps have.</summary>
    private static byte[] KumuMap(params object?[][] extraConnections) => Create(
        ("Elements",
        [
            ["Label", "Type", "Description", "Tags", "Sector", "Community-led", "Email", "Website", "Status", "Start date"],
            ["Riverbend Health", "Organization", "The district health service", "health | clinic", "Health", null, null, "https://health.example", null, null],
            ["Eastbank Residents", "Community Group", "Residents' association", "community", null, "yes", null, null, null, null],
            ["City Council", "Government", null, null, null, null, null, null, null, null],
            ["Ravi Nguyen", "Person", null, null, null, null, "ravi@example.org", null, null, null],
            ["Kindy Outreach", "Project", null, null, null, null, null, null, "active", new DateOnly(2022, 1, 10)],
            ["Ready for school", "Goal", "Every child starts school ready", null, null, null, null, null, null, null],
            ["Kindy enrolment", "Indicator", null, null, null, null, null, null, null, null],
            ["Mystery", "Spaceship", null, null, null, null, null, null, null, null],
            ["Nameless", null, null, null, null, null, null, null, null, null],
            ["Riverbend Health", "Organization", "a second element with the same label", null, null, null, null, null, null, null],
        ]),
        ("Connections",
        [
            ["From", "To", "Type", "Direction", "Strength", "Label"],
            ["Riverbend Health", "Eastbank Residents", "Collaboration", "mutual", 3d, "since 2020"],
            ["City Council", "Kindy Outreach", "Funding", "directed", 25000d, null],
            ["Ravi Nguyen", "Riverbend Health", "Works at", "directed", null, null],
            ["Riverbend Health", "Kindy Outreach", "Leads", "directed", null, null],
            ["Eastbank Residents", "Kindy Outreach", null, "undirected", null, null],
            ["Kindy enrolment", "Ready for school", null, null, null, null],
            ["Kindy Outreach", "Kindy enrolment", "tracks", null, null, null],
            ["City Council", "Ready for school", "Commits to", null, null, null],
            ["Ravi Nguyen", "Mystery", "Friendship", null, null, null],
            ["City Council", "Eastbank Residents", "Friendship", null, "strong", null],
            .. extraConnections,
        ]));

    [Fact]
    public async Task Import_OfAKumuMap_MapsElementsAndConnectionsAndReportsEveryRowItCouldNot()
    {
        using var empty = new ConfiguredApiFactory(EmptyStore);

        var answer = await Ok(await Post(empty.CreateClient(), KumuMap(), "mode=REPLACE"));
        var network = (await empty.Services.GetRequiredService<INetworkStore>().ReadSnapshotAsync(CancellationToken.None)).Network;
        var notes = answer.GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("message").GetString()!).ToList();

        Assert.Equal("kumu", answer.GetProperty("layout").GetString());
        Assert.Equal(
            [("o-riverbend-health", Sector.Health, false), ("o-eastbank-residents", (Sector?)null, true), ("o-city-council", Sector.Government, false)],
            network.Organizations.Select(o => (o.Id, o.Sector, o.CommunityLed)));
        Assert.Equal(["g-ready-for-school"], network.Organizations[2].Goals);
        var person = Assert.Single(network.People);
        Assert.Equal(("p-ravi-nguyen", "o-riverbend-health", "ravi@example.org"), (person.Id, person.Organization, person.Email));
        var activity = Assert.Single(network.Activities);
        Assert.Equal(("a-kindy-outreach", "o-riverbend-health", ActivityStatus.Active, new DateOnly(2022, 1, 10)), (activity.Id, activity.Lead, activity.Status, activity.Start));
        Assert.Equal(["o-eastbank-residents"], activity.Partners);
        Assert.Equal(["i-kindy-enrolment"], activity.Indicators);
        Assert.Equal(("Every child starts school ready", "g-ready-for-school"), (Assert.Single(network.Goals).Description, Assert.Single(network.Indicators).Goal));
        Assert.Equal(
            [("o-riverbend-health", "o-eastbank-residents", TieType.Collaborates, (double?)3), ("o-city-council", "a-kindy-outreach", TieType.Funds, 25000)],
            network.Ties.Select(t => (t.From, t.To, t.Type, t.Weight)));

        Assert.Contains("Elements row 1: the columns 'Tags', 'Website' have no place in the network; left aside.", notes);
        Assert.Contains(notes, n => n.StartsWith("Elements row 9: 'Mystery' is of type 'Spaceship', which is not mapped to a kind", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("Elements row 10: 'Nameless' has no Type", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("Elements row 11: 'Riverbend Health' is a second element with this label", StringComparison.Ordinal));
        Assert.Contains("Connections row 1: the columns 'Label' have no place in the network; left aside.", notes);
        Assert.Contains(notes, n => n.StartsWith("Connections row 10: 'Mystery' is not an element that was read", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("Connections row 11: the connection type 'Friendship' is not mapped", StringComparison.Ordinal));
        Assert.Equal(7, notes.Count);
    }

    [Fact]
    public async Task Import_WithTheImportsOwnTypes_MapsWhatTheDefaultsDoNot()
    {
        using var empty = new ConfiguredApiFactory(EmptyStore);

        var answer = await Ok(await Post(empty.CreateClient(), KumuMap(), "mode=REPLACE&elementTypes=Spaceship:person&connectionTypes=Friendship:COMMUNICATES"));
        var network = (await empty.Services.GetRequiredService<INetworkStore>().ReadSnapshotAsync(CancellationToken.None)).Network;
        var notes = answer.GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("message").GetString()!).ToList();

        Assert.Contains(network.People, p => p.Id == "p-mystery");
        Assert.Contains(network.Ties, t => (t.From, t.To, t.Type) == ("p-ravi-nguyen", "p-mystery", TieType.Communicates));
        Assert.Contains(network.Ties, t => (t.From, t.To, t.Type, t.Weight) == ("o-city-council", "o-eastbank-residents", TieType.Communicates, null));
        Assert.Contains("Connections row 11: strength 'strong' is not a number; the tie is read without one (as 1).", notes);
        // Ravi (a person) and Mystery (an organization this time) by "Friendship" (COMMUNICATES): a person does not communicate with an organization.
        var refused = await Post(empty.CreateClient(), KumuMap(), "mode=REPLACE&dryRun=true&elementTypes=Spaceship:organization&connectionTypes=Friendship:COMMUNICATES");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Connections row 10: ", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("elementTypes=Spaceship:rocket", "elementTypes: 'Spaceship:rocket' is not 'Kumu type:meaning'")]
    [InlineData("connectionTypes=Friendship", "connectionTypes: 'Friendship' is not 'Kumu type:meaning'")]
    public async Task Import_WithABadTypeMapping_IsRefusedNamingIt(string query, string expected)
    {
        using var empty = new ConfiguredApiFactory(EmptyStore);

        using var response = await Post(empty.CreateClient(), KumuMap(), query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_WhoseMappedNetworkBreaksARule_NamesTheKumuRowAndWritesNothing()
    {
        using var empty = new ConfiguredApiFactory(EmptyStore);

        using var response = await Post(empty.CreateClient(), KumuMap(["City Council", "City Council", "Collaboration", null, null, null]), "mode=REPLACE");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var problem = JsonDocument.Parse(body);
        var only = Assert.Single(problem.RootElement.GetProperty("problems").EnumerateArray());
        Assert.Equal("SELF_TIE", only.GetProperty("code").GetString());
        Assert.StartsWith("Connections row 12: ", only.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await empty.Services.GetRequiredService<INetworkStore>().ReadSnapshotAsync(CancellationToken.None)).Version);
    }

    [Fact]
    public void DefaultTypes_AreReadIgnoringCaseAndSpacing()
    {
        Assert.Equal(NodeKind.Activity, Api.Services.Imports.KumuOptions.DefaultElementTypes["workinggroup"]);
        Assert.Equal("SHARES_DATA", Api.Services.Imports.KumuOptions.DefaultConnectionTypes["datasharing"]);
        Assert.All(Api.Services.Imports.KumuOptions.DefaultConnectionTypes.Values, v => Assert.Contains(v, Api.Services.Imports.KumuOptions.ConnectionMeanings));
    }

    private static async Task<HttpResponseMessage> Post(HttpClient client, byte[] file, string query)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return await client.PostAsync($"/import?{query}", content);
    }

    private static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
