using System.Text.RegularExpressions;
using CollectiveImpact.Graph.Api.Cli;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;
using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Generation;

namespace CollectiveImpact.Graph.Api.Tests.Cli;

/// <summary>
/// <c>generate</c> writes the seeded generator's network as a document the reader accepts and the service serves as
/// its sample; expected counts come from <see cref="NetworkGenerator"/> itself with the same options.
/// </summary>
public sealed partial class GenerateCommandTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "ci-graph-generate-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Run_OrganizationsAndSeed_WritesTheGeneratorsNetworkAsAValidDocument()
    {
        var path = Path.Combine(directory, "nested", "small.network.json");

        var (code, output, error) = Run("--organizations", "60", "--seed", "7", "--people-per-organization", "2.5", "--output", path);
        var read = NetworkDocumentReader.Read(File.ReadAllBytes(path));
        var expected = NetworkGenerator.Generate(new NetworkGeneratorOptions { Organizations = 60, Seed = 7, PeoplePerOrganization = 2.5 });

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.True(read.IsValid, string.Join("; ", read.Problems));
        Assert.Equal(expected.Organizations.Count, read.Network!.Organizations.Count);
        Assert.Equal(expected.People.Count, read.Network.People.Count);
        Assert.Equal(expected.Ties.Count, read.Network.Ties.Count);
        Assert.Equal(NetworkDocumentWriter.Write(expected), File.ReadAllBytes(path));
        var mapNodes = expected.Goals.Count + expected.Indicators.Count + expected.Organizations.Count + expected.People.Count + expected.Activities.Count;
        Assert.Contains($"{expected.People.Count} people", output, StringComparison.Ordinal);
        Assert.Contains($"{mapNodes} nodes in the FULL projection", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_TwelveHundredOrganizations_GivesTheWebBenchmarksFiveThousandNodeMap()
    {
        // web/bench/map-large.mjs and the large-network e2e test generate this network and rely on 5,000+ map nodes.
        var path = Path.Combine(directory, "large.network.json");

        var (code, output, _) = Run("--organizations", "1200", "--output", path);
        var mapNodes = int.Parse(FullNodeCount().Match(output).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(0, code);
        Assert.InRange(mapNodes, 5000, 6000);
    }

    [Theory]
    [InlineData(2, "generate needs --organizations and --output", "--organizations", "10")]
    [InlineData(2, "Unexpected argument '--colour'", "--colour", "red")]
    [InlineData(2, "--seed needs a value", "--organizations", "10", "--output", "x.json", "--seed")]
    [InlineData(2, "--organizations is given twice", "--organizations", "10", "--organizations", "20", "--output", "x.json")]
    [InlineData(2, "--organizations: 'many' is not a whole number", "--organizations", "many", "--output", "x.json")]
    [InlineData(2, "--tie-density: 'NaN' is not a number", "--organizations", "10", "--tie-density", "NaN", "--output", "x.json")]
    [InlineData(1, "--organizations: Organizations is -5; it must not be negative.", "--organizations", "-5", "--output", "x.json")]
    [InlineData(1, "--indicators: Indicators is 3; indicators need a goal to measure.", "--organizations", "5", "--goals", "0", "--indicators", "3", "--output", "x.json")]
    public void Run_BadArguments_ExplainsAndWritesNothing(int exitCode, string message, params string[] args)
    {
        var (code, _, error) = Run([.. args.Select(a => a == "x.json" ? Path.Combine(directory, a) : a)]);

        Assert.Equal(exitCode, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(directory, "x.json")));
    }

    [Fact]
    public void Run_OutputIsADirectory_SaysItCannotWrite()
    {
        Directory.CreateDirectory(directory);

        var (code, _, error) = Run("--organizations", "5", "--output", directory);

        Assert.Equal(1, code);
        Assert.StartsWith($"--output: cannot write {directory}", error, StringComparison.Ordinal);
        Assert.False(File.Exists(directory + ".partial"), "the partial document is removed");
    }

    [Fact]
    public void Run_ExistingFile_IsReplacedWholeWithNothingLeftBeside()
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "old.network.json");
        File.WriteAllText(path, "an older document");

        var (code, _, _) = Run("--organizations", "8", "--output", path);

        Assert.Equal(0, code);
        Assert.Equal(NetworkDocumentWriter.Write(NetworkGenerator.Generate(new NetworkGeneratorOptions { Organizations = 8 })), File.ReadAllBytes(path));
        Assert.Equal([path], Directory.GetFiles(directory));
    }

    [Fact]
    public void Parse_Generate_GivesEveryArgumentToTheCommand()
    {
        var parsed = HostArguments.Parse(["generate", "--organizations", "5", "--Store:Sqlite:Path=x.db"]);

        Assert.Equal(["--organizations", "5", "--Store:Sqlite:Path=x.db"], parsed.GenerateArgs!);
        Assert.Null(parsed.KeysArgs);
        Assert.Empty(parsed.HostArgs);
    }

    [Fact]
    public async Task Run_ThenServedAsTheSample_TheApiServesTheGeneratedNetwork()
    {
        var path = Path.Combine(directory, "served.network.json");
        Run("--organizations", "30", "--seed", "11", "--output", path);
        var expected = NetworkGenerator.Generate(new NetworkGeneratorOptions { Organizations = 30, Seed = 11 });
        using var factory = new ConfiguredApiFactory(new Dictionary<string, string?> { ["Sample:Path"] = path });

        var data = await factory.GraphQL().DataAsync("{ networkVersion organizations { totalCount } people { totalCount } ties { totalCount } }");

        Assert.Equal(1, data.GetProperty("networkVersion").GetInt64());
        Assert.Equal(expected.Organizations.Count, data.Path("organizations.totalCount").GetInt32());
        Assert.Equal(expected.People.Count, data.Path("people.totalCount").GetInt32());
        Assert.Equal(expected.Ties.Count, data.Path("ties.totalCount").GetInt32());
    }

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [GeneratedRegex(@"(\d+) nodes in the FULL projection")]
    private static partial Regex FullNodeCount();

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = GenerateCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
