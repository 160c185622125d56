using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.Cli;
using CollectiveImpact.Graph.Api.Extensions;

var arguments = HostArguments.Parse(args);
if (arguments.GenerateArgs is { } generateArgs)
{
    return GenerateCommand.Run(generateArgs, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(arguments.HostArgs);
if (arguments.KeysArgs is { } keysArgs)
{
    var keys = new ApiKeyStore(new AuthDatabase(AuthOptions.ResolveKeysPath(builder.Configuration)), TimeProvider.System);
    return KeysCommand.Run(keysArgs, keys, Console.Out, Console.Error);
}

builder.AddStartupReport();
builder.AddNetworkServices();
builder.AddApiAccess();
builder.AddAnalysisCache();
builder.AddAnalysisScheduler();
builder.AddGraphQLApi();
builder.AddNetworkHealthChecks();
builder.AddSampleOnEmptyStore();
builder.AddObservability();

var app = builder.Build();

app.MapWebApp();
app.UseApiAccess();
app.MapGraphQLEndpoint();
app.MapFileExports();
app.MapNetworkHealthChecks();
app.MapObservability();

return app.RunService();

/// <summary>The entry point, visible to <c>WebApplicationFactory&lt;Program&gt;</c> in the functional tests.</summary>
public partial class Program;
