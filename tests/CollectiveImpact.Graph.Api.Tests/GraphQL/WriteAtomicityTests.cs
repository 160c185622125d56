using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL;

/// <summary>
/// Every kind of write, given input with one bad part among good ones, is refused whole: the exported network (its
/// version and its whole document) is the same after as before. Ids come from the sample initiative.
/// </summary>
public sealed class WriteAtomicityTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    public static TheoryData<string, string, string> RefusedWrites => new()
    {
        {
            "REPLACE import whose last tie names a missing node",
            """mutation { importNetwork(mode: REPLACE, document: { format: "collective-impact-network/1", goals: [{ id: "g-only", name: "Only goal" }], organizations: [{ id: "o-only", name: "Only org" }], ties: [{ from: "o-only", to: "o-missing", type: COLLABORATES }] }) { version } }""",
            "INVALID_INPUT"
        },
        {
            "MERGE import with a good goal and a person of an unknown organization",
            """mutation { importNetwork(mode: MERGE, document: { format: "collective-impact-network/1", goals: [{ id: "g-new", name: "New goal" }], people: [{ id: "p-new", name: "New person", organization: "o-missing" }] }) { version } }""",
            "INVALID_INPUT"
        },
        { "createPerson of an unknown organization", """mutation { createPerson(input: { id: "p-x", name: "X", organization: "o-missing" }) { version } }""", "INVALID_INPUT" },
        { "updatePerson into an unknown organization", """mutation { updatePerson(input: { id: "p-0001", name: "Ravi Nguyen", organization: "o-missing" }) { version } }""", "INVALID_INPUT" },
        { "updateActivity of an activity that does not exist", """mutation { updateActivity(input: { id: "a-none", name: "X", lead: "o-backbone" }) { version } }""", "NOT_FOUND" },
        { "createActivity led by a person", """mutation { createActivity(input: { id: "a-x", name: "X", lead: "p-0001", partners: ["o-backbone"] }) { version } }""", "INVALID_INPUT" },
        { "deleteOrganization still referred to", """mutation { deleteOrganization(id: "o-backbone") { version } }""", "INVALID_INPUT" },
        { "addTie from a node to itself", """mutation { addTie(input: { from: "o-backbone", to: "o-backbone", type: COLLABORATES }) { version } }""", "INVALID_INPUT" },
        { "recordMeasurement of an unknown indicator", """mutation { recordMeasurement(input: { indicator: "i-missing", date: "2024-01-01", value: 1 }) { version } }""", "INVALID_INPUT" },
        { "createApiKey for a partner without organization", """mutation { createApiKey(role: PARTNER, name: "Clinic") { secret } }""", "INVALID_ARGUMENT" },
    };

    [Theory]
    [MemberData(nameof(RefusedWrites))]
    public async Task RefusedWrite_AnyKind_ChangesNothing(string what, string mutation, string code)
    {
        var client = factory.GraphQL();
        var before = await Export(client);

        var response = await client.PostAsync(mutation);
        var after = await Export(client);

        Assert.True(response.ErrorCodes.Contains(code), $"{what}: {response}");
        Assert.Equal(before, after);
    }

    private static async Task<string> Export(GraphQLClient client) =>
        (await client.DataAsync("{ exportNetwork { version document } }")).GetRawText();
}
