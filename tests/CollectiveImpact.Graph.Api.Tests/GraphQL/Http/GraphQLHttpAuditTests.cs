using System.Diagnostics;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL.Http;

/// <summary>
/// The GraphQL-over-HTTP conformance audits of the npm package graphql-http (its <c>serverAudits</c>), run by
/// tests/http-audit/audit.mjs against the real service started as a process. Every MUST-level audit must pass;
/// SHOULD/MAY results are printed (two SHOULDs about <c>*/*</c> and a missing Accept are answered with
/// graphql-response+json on purpose, see the API README). Runs against the production configuration (environment
/// Production, every limit at its default). Needs Node.js and <c>npm ci</c> in tests/http-audit (scripts/test.sh
/// does it when node_modules is missing).
/// </summary>
public sealed class GraphQLHttpAuditTests
{
    [Fact]
    public async Task ServerAudits_RealService_PassEveryMustAudit()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "tests", "http-audit");
        Assert.True(Directory.Exists(Path.Combine(folder, "node_modules", "graphql-http")),
            "Run 'npm ci --prefix tests/http-audit' first, or scripts/test.sh, which does (Node.js and npm are needed for the graphql-http audits).");
        // The shipped configuration: environment Production, introspection at its default (the audits query __type).
        await using var service = new ServiceProcess();
        await service.StartAsync(TimeSpan.FromSeconds(60));

        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("audit.mjs");
        start.ArgumentList.Add(new Uri(service.BaseAddress, "graphql").ToString());
        start.Environment["GRAPHQL_API_KEY"] = service.Key;
        Process node;
        try
        {
            node = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail("Node.js is not installed ('node' is not on PATH); the graphql-http audits need Node.js 20 or later with npm.");
            throw;
        }

        using var started = node;
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await node.WaitForExitAsync(timeout.Token);

        var report = await output + await error;
        Assert.True(node.ExitCode == 0, "graphql-http MUST audits failed:\n" + report);
        Assert.Contains(" 0 MUST failures", report, StringComparison.Ordinal);
    }
}
