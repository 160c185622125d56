using System.Text.Json;
using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.Services.Editing;

/// <summary>
/// Editing as the browser does it (docs/web.md, "Editing"), through the API on the sample: revisions catch a save made
/// from an older reading (CONFLICT, nothing written); one's last change is undone exactly (a node deleted with its
/// ties comes back with them), and not over someone else's later change; an entry's history names who changed which
/// field, from and to, with contact data masked.
/// </summary>
public sealed class EditingTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string CreateOrganization = "mutation($input: OrganizationInput!) { createOrganization(input: $input) { version organization { id revision } } }";
    private const string UpdateOrganization = "mutation($input: OrganizationInput!, $ifRevision: String) { updateOrganization(input: $input, ifRevision: $ifRevision) { version organization { revision } } }";
    private const string ProposeOrganization = "mutation($input: OrganizationInput!) { proposeOrganizationChange(input: $input) { id status organizationChange { name } } }";
    private const string ProposePerson = "mutation($input: PersonInput!) { proposePersonChange(input: $input) { id status } }";
    private const string ReadOrganization = "query($id: ID!) { node(id: $id) { ... on Organization { id name sector revision } } }";

    [Fact]
    public async Task Update_FromAnOlderRevision_IsRefusedWithConflict_AndWritesNothing()
    {
        var client = factory.GraphQL();
        var opened = (await client.DataAsync(ReadOrganization, new { id = "o-food-share" })).GetProperty("node");
        var revision = opened.GetProperty("revision").GetString();

        var first = (await client.DataAsync(UpdateOrganization, new { input = new { id = "o-food-share", name = "Food Share (first)", sector = "NONPROFIT" }, ifRevision = revision }))
            .GetProperty("updateOrganization");
        var second = await client.PostAsync(UpdateOrganization, new { input = new { id = "o-food-share", name = "Food Share (second)", sector = "NONPROFIT" }, ifRevision = revision });
        var now = (await client.DataAsync(ReadOrganization, new { id = "o-food-share" })).GetProperty("node");
        var deleteStale = await client.PostAsync("mutation($id: ID!, $ifRevision: String) { deleteOrganization(id: $id, ifRevision: $ifRevision) { version } }", new { id = "o-food-share", ifRevision = revision });

        Assert.NotEqual(revision, first.GetProperty("organization").GetProperty("revision").GetString());
        Assert.Equal("CONFLICT", second.ErrorCodes.Single());
        Assert.Equal(first.GetProperty("organization").GetProperty("revision").GetString(), second.Errors[0].GetProperty("extensions").GetProperty("currentRevision").GetString());
        Assert.Contains("changed since you opened it", second.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("Food Share (first)", now.GetProperty("name").GetString());
        Assert.Equal(now.GetProperty("revision").GetString(), first.GetProperty("organization").GetProperty("revision").GetString());
        Assert.Equal("CONFLICT", deleteStale.ErrorCodes.Single());
    }

    [Fact]
    public async Task Undo_OfADelete_BringsTheNodeBackWithItsTies_AndUndoOfTheCreateRemovesIt()
    {
        var client = factory.GraphQLAs(factory.CreateKey(Roles.Backbone, "Undo tester"));
        await client.DataAsync(CreateOrganization, new { input = new { id = "o-undo-test", name = "Undo Test Trust", sector = "COMMUNITY" } });
        await client.DataAsync("mutation { addTie(input: { from: \"o-undo-test\", to: \"o-food-share\", type: COLLABORATES, weight: 3 }) { version } }");
        await client.DataAsync("mutation { deleteOrganization(id: \"o-undo-test\") { version } }");
        var gone = (await client.DataAsync(ReadOrganization, new { id = "o-undo-test" })).GetProperty("node");
        var last = (await client.DataAsync("{ lastChange { description } }")).GetProperty("lastChange").GetProperty("description").GetString();

        var undone = (await client.DataAsync("mutation { undoLastChange { undone version ids } }")).GetProperty("undoLastChange");
        var back = (await client.DataAsync(ReadOrganization, new { id = "o-undo-test" })).GetProperty("node");
        var ties = (await client.DataAsync("{ ties(node: [\"o-undo-test\"], first: 10) { items { type weight } } }")).GetProperty("ties").GetProperty("items");
        var undoTie = (await client.DataAsync("mutation { undoLastChange { undone } }")).GetProperty("undoLastChange").GetProperty("undone").GetString();
        var undoCreate = (await client.DataAsync("mutation { undoLastChange { undone } }")).GetProperty("undoLastChange").GetProperty("undone").GetString();
        var afterAll = (await client.DataAsync(ReadOrganization, new { id = "o-undo-test" })).GetProperty("node");

        Assert.Equal(JsonValueKind.Null, gone.ValueKind);
        Assert.Equal("Deleted organization Undo Test Trust", last);
        Assert.Equal("Deleted organization Undo Test Trust", undone.GetProperty("undone").GetString());
        Assert.Contains(undone.GetProperty("ids").EnumerateArray(), id => id.GetString() == "o-undo-test");
        Assert.Equal("Undo Test Trust", back.GetProperty("name").GetString());
        Assert.Equal(("COLLABORATES", 3.0), (ties[0].GetProperty("type").GetString(), ties[0].GetProperty("weight").GetDouble()));
        Assert.Equal("Saved the COLLABORATES tie o-undo-test – o-food-share", undoTie);
        Assert.Equal("Created organization Undo Test Trust", undoCreate);
        Assert.Equal(JsonValueKind.Null, afterAll.ValueKind);
    }

    [Fact]
    public async Task Undo_AfterSomeoneElseChangedTheEntry_IsRefusedWithConflict()
    {
        var mine = factory.GraphQLAs(factory.CreateKey(Roles.Backbone, "First editor"));
        var theirs = factory.GraphQLAs(factory.CreateKey(Roles.Backbone, "Second editor"));
        await mine.DataAsync(CreateOrganization, new { input = new { id = "o-undo-conflict", name = "Mine", sector = "COMMUNITY" } });
        await theirs.DataAsync(UpdateOrganization, new { input = new { id = "o-undo-conflict", name = "Theirs", sector = "COMMUNITY" }, ifRevision = (string?)null });

        var undo = await mine.PostAsync("mutation { undoLastChange { undone } }");
        var nothing = await factory.GraphQLAs(factory.CreateKey(Roles.Backbone, "Nobody")).PostAsync("mutation { undoLastChange { undone } }");
        var still = (await mine.DataAsync(ReadOrganization, new { id = "o-undo-conflict" })).GetProperty("node");

        Assert.Equal("CONFLICT", undo.ErrorCodes.Single());
        Assert.Contains("changed again since", undo.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("NOT_FOUND", nothing.ErrorCodes.Single());
        Assert.Equal("Theirs", still.GetProperty("name").GetString());
    }

    [Fact]
    public async Task History_NamesWhoChangedWhichField_FromAndTo_WithEmailMasked()
    {
        var client = factory.GraphQLAs(factory.CreateKey(Roles.Backbone, "Historian"));
        var person = (await client.DataAsync("{ people(first: 1) { items { id name organization { id } role email communityMember } } }")).GetProperty("people").GetProperty("items")[0];
        var id = person.GetProperty("id").GetString();
        await client.DataAsync(
            "mutation($input: PersonInput!) { updatePerson(input: $input) { version } }",
            new { input = new { id, name = person.GetProperty("name").GetString(), organization = person.GetProperty("organization").GetProperty("id").GetString(), role = "Coordinator (new)", email = "someone.new@example.org" } });

        var history = (await client.DataAsync("query($id: ID!) { history(id: $id) { operation actorName changes } }", new { id })).GetProperty("history");
        var entry = history[0];

        Assert.Equal(("updatePerson", "Historian"), (entry.GetProperty("operation").GetString(), entry.GetProperty("actorName").GetString()));
        Assert.Equal("Coordinator (new)", entry.GetProperty("changes").GetProperty("fields").GetProperty("role").GetProperty("to").GetString());
        Assert.Equal("(an address)", entry.GetProperty("changes").GetProperty("fields").GetProperty("email").GetProperty("to").GetString());
        Assert.DoesNotContain("someone.new@example.org", history.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Proposals_APartnerProposes_TheBackboneAcceptsOrRejects_AndOthersCannot()
    {
        var partner = factory.GraphQLAs(factory.CreateKey(Roles.Partner, "Reading Rivers office", "o-reading-rivers"));
        var dashboard = factory.GraphQLAs(factory.CreateKey(Roles.Dashboard, "Proposal dashboard"));
        var backbone = factory.GraphQL();

        var own = (await partner.DataAsync(ProposeOrganization, new { input = new { id = "o-reading-rivers", name = "Reading Rivers Literacy Trust (renamed)", sector = "NONPROFIT" } })).GetProperty("proposeOrganizationChange");
        var newPerson = (await partner.DataAsync(ProposePerson, new { input = new { id = "p-reading-new", name = "New Volunteer", organization = "o-reading-rivers", role = "Volunteer" } })).GetProperty("proposePersonChange");
        var other = await partner.PostAsync(ProposeOrganization, new { input = new { id = "o-food-share", name = "Not mine", sector = "NONPROFIT" } });
        var backboneProposes = await backbone.PostAsync(ProposeOrganization, new { input = new { id = "o-reading-rivers", name = "x", sector = "NONPROFIT" } });
        var dashboardReads = await dashboard.PostAsync("{ changeProposals { id } }");
        var pending = (await backbone.DataAsync("{ changeProposals(status: PENDING) { id organization kind } }")).GetProperty("changeProposals");
        var unchanged = (await backbone.DataAsync(ReadOrganization, new { id = "o-reading-rivers" })).GetProperty("node");

        var accepted = (await backbone.DataAsync("mutation($id: ID!) { acceptChangeProposal(id: $id) { status decidedBy } }", new { id = own.GetProperty("id").GetString() })).GetProperty("acceptChangeProposal");
        var rejected = (await backbone.DataAsync("mutation($id: ID!) { rejectChangeProposal(id: $id, note: \"Send us their details by e-mail first\") { status note } }", new { id = newPerson.GetProperty("id").GetString() })).GetProperty("rejectChangeProposal");
        var acceptAgain = await backbone.PostAsync("mutation($id: ID!) { acceptChangeProposal(id: $id) { status } }", new { id = own.GetProperty("id").GetString() });
        var renamed = (await backbone.DataAsync(ReadOrganization, new { id = "o-reading-rivers" })).GetProperty("node");
        var seenByPartner = (await partner.DataAsync("{ changeProposals { id status note } }")).GetProperty("changeProposals");
        var lastChange = (await backbone.DataAsync("{ lastChange { description } }")).GetProperty("lastChange").GetProperty("description").GetString();

        Assert.Equal("PENDING", own.GetProperty("status").GetString());
        Assert.Equal("FORBIDDEN", other.ErrorCodes.Single());
        Assert.Equal("FORBIDDEN", backboneProposes.ErrorCodes.Single());
        Assert.Equal(["FORBIDDEN"], dashboardReads.ErrorCodes.Distinct());
        Assert.Equal(2, pending.EnumerateArray().Count(p => p.GetProperty("organization").GetString() == "o-reading-rivers"));
        Assert.Equal("Reading Rivers Literacy Trust", unchanged.GetProperty("name").GetString());
        Assert.Equal("ACCEPTED", accepted.GetProperty("status").GetString());
        Assert.Equal(("REJECTED", "Send us their details by e-mail first"), (rejected.GetProperty("status").GetString(), rejected.GetProperty("note").GetString()));
        Assert.Equal("INVALID_ARGUMENT", acceptAgain.ErrorCodes.Single());
        Assert.Equal("Reading Rivers Literacy Trust (renamed)", renamed.GetProperty("name").GetString());
        Assert.Contains(seenByPartner.EnumerateArray(), p => p.GetProperty("note").GetString() == "Send us their details by e-mail first");
        Assert.Equal("Changed organization Reading Rivers Literacy Trust (renamed)", lastChange);
    }

    [Fact]
    public async Task AcceptedPersonProposal_WithoutAnEmail_KeepsTheStoredAddress()
    {
        var backbone = factory.GraphQL();
        var person = (await backbone.DataAsync("{ people(first: 200) { items { id name role email organization { id } } } }")).GetProperty("people").GetProperty("items")
            .EnumerateArray().First(p => p.GetProperty("email").ValueKind == JsonValueKind.String);
        var organization = person.GetProperty("organization").GetProperty("id").GetString();
        var partner = factory.GraphQLAs(factory.CreateKey(Roles.Partner, "Own people", organization));

        var proposal = (await partner.DataAsync(
            "mutation($input: PersonInput!) { proposePersonChange(input: $input) { id } }",
            new { input = new { id = person.GetProperty("id").GetString(), name = person.GetProperty("name").GetString(), organization, role = "Team lead (proposed)" } })).GetProperty("proposePersonChange");
        await backbone.DataAsync("mutation($id: ID!) { acceptChangeProposal(id: $id) { status } }", new { id = proposal.GetProperty("id").GetString() });
        var after = (await backbone.DataAsync("query($id: ID!) { node(id: $id) { ... on Person { role email } } }", new { id = person.GetProperty("id").GetString() })).GetProperty("node");

        Assert.Equal(("Team lead (proposed)", person.GetProperty("email").GetString()), (after.GetProperty("role").GetString(), after.GetProperty("email").GetString()));
    }
}
