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

if (arguments.FileArgs is { } fileArgs)
{
    // The service's own services, on the store it would use, without serving: what import and export do is what
    // POST /import and GET /export/network.xlsx do.
    builder.Logging.AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>(null, LogLevel.Warning);
    builder.AddNetworkServices();
    builder.AddAnalysisScheduler();
    builder.AddAnalysisCache();
    await using var host = builder.Build();
    return await FileCommands.RunAsync(arguments.Command!, fileArgs, host.Services, Console.Out, Console.Error);
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
