using CollectiveImpact.Graph.Api.GraphQL;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;
using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL;

/// <summary>
/// The schema as clients see it: the committed schema.graphql must be the live schema's SDL, every field and type is
/// described, and enum values are spelled as in network-format.md.
/// </summary>
public sealed class NetworkSchemaTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string UpdateVariable = "UPDATE_SCHEMA";

    private ISchema Schema
    {
        get
        {
            var schema = factory.Services.GetRequiredService<NetworkSchema>();
            schema.Initialize();
            return schema;
        }
    }

    [Fact]
    public void Sdl_LiveSchema_MatchesTheCommittedSchemaGraphql()
    {
        var path = Path.Combine(RepositoryRoot.Path, "schema.graphql");
        var live = Sdl(Schema);
        if (System.Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, live);
        }

        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "(missing)";

        Assert.True(committed == live,
            $"schema.graphql differs from the live schema. If the change is intended, run `{UpdateVariable}=1 dotnet test tests/CollectiveImpact.Graph.Api.Tests --filter Sdl_` and commit schema.graphql.");
    }

    [Fact]
    public void Descriptions_EveryTypeAndField_IsDescribed()
    {
        var undescribed = new List<string>();
        foreach (var type in Schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !IsBuiltIn(t)))
        {
            if (string.IsNullOrWhiteSpace(type.Description))
            {
                undescribed.Add(type.Name);
            }

            if (type is IComplexGraphType complex)
            {
                undescribed.AddRange(complex.Fields.Where(f => string.IsNullOrWhiteSpace(f.Description)).Select(f => $"{type.Name}.{f.Name}"));
                undescribed.AddRange(complex.Fields.SelectMany(f => f.Arguments ?? new QueryArguments())
                    .Where(a => string.IsNullOrWhiteSpace(a.Description)).Select(a => $"{type.Name} argument {a.Name}"));
            }
        }

        Assert.Empty(undescribed);
    }

    [Theory]
    [InlineData("Sector", "NONPROFIT GOVERNMENT BUSINESS PHILANTHROPY EDUCATION HEALTH COMMUNITY FAITH RESEARCH OTHER")]
    [InlineData("TieType", "COLLABORATES COMMUNICATES FUNDS REFERS SHARES_DATA FEEDS_INTO")]
    [InlineData("Direction", "INCREASE DECREASE")]
    [InlineData("ActivityStatus", "PLANNED ACTIVE COMPLETED")]
    public void Enums_Values_AreSpelledAsInTheNetworkFormat(string name, string values)
    {
        var type = Assert.IsAssignableFrom<EnumerationGraphType>(Schema.AllTypes[name]);

        Assert.Equal(values.Split(' '), type.Values.Select(v => v.Name));
    }

    /// <summary>The SDL as committed: descriptions included, LF line ends, one final newline.</summary>
    internal static string Sdl(ISchema schema) =>
        schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true })
            .ReplaceLineEndings("\n").TrimEnd('\n') + "\n";

    private static bool IsBuiltIn(IGraphType type) =>
        type is ScalarGraphType && type.GetType().Assembly == typeof(ISchema).Assembly
        || type.GetType().Namespace?.StartsWith("GraphQL.Types.Relay", StringComparison.Ordinal) == true;
}
