using CollectiveImpact.Graph.Api.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddNetworkServices();
builder.AddGraphQLApi();
builder.AddNetworkHealthChecks();
builder.AddSampleOnEmptyStore();

var app = builder.Build();

app.MapGraphQLEndpoint();
app.MapNetworkHealthChecks();

app.Run();

/// <summary>The entry point, visible to <c>WebApplicationFactory&lt;Program&gt;</c> in the functional tests.</summary>
public partial class Program;
