using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL.Http;

/// <summary>The endpoint passes the request's cancellation to the store: a client that goes away stops the work.</summary>
public sealed class GraphQLHttpEndpointCancellationTests(InstrumentedApiFactory factory) : IClassFixture<InstrumentedApiFactory>
{
    [Fact]
    public async Task Post_ClientCancels_TheStoreCallSeesTheCancellation()
    {
        var client = factory.GraphQL();
        await client.DataAsync("{ networkVersion }");
        factory.Store.Reset();
        factory.Store.HoldGetVersion = true;
        using var cancellation = new CancellationTokenSource();

        var request = client.Http.PostAsync("/graphql", new StringContent("""{"query":"{ networkVersion }"}""", System.Text.Encoding.UTF8, "application/json"), cancellation.Token);
        await factory.Store.HeldCallStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);

        var observed = await factory.Store.HeldCallCancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(observed);
        factory.Store.Reset();
    }
}
