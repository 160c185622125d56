using System.Globalization;
using CollectiveImpact.Graph.Api.GraphQL;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL;

/// <summary>
/// Every Int argument in the schema (and every Int field of an input type), reached from <c>Query</c> through the
/// sample network, gets int.MinValue, -1, 0 and int.MaxValue with its other required arguments valid. The answer is a
/// result or INVALID_ARGUMENT whose message starts with the argument's name; never INTERNAL, which means a bug.
/// </summary>
public sealed class NetworkSchemaIntArgumentTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly int[] Extremes = [int.MinValue, -1, 0, int.MaxValue];

    [Fact]
    public async Task IntArguments_ExtremeValues_AreInvalidArgumentOrAResultNeverInternal()
    {
        var client = factory.GraphQL();
        var someId = (await client.DataAsync("{ organizations(first: 1) { edges { node { id } } } }"))
            .GetProperty("organizations").GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetString()!;
        var schema = factory.Services.GetRequiredService<NetworkSchema>();
        schema.Initialize();

        // The walk fills a required enum with its first value; sampling applies only to betweenness, so its ranges
        // are reached only with that measure.
        var cases = Cases(schema, someId)
            .Concat(Extremes.Select(v => ("sample.size", $"{{ centrality(measure: BETWEENNESS, sample: {{ size: {v} }}) {{ __typename }} }}")))
            .Concat(Extremes.Select(v => ("sample.seed", $"{{ centrality(measure: BETWEENNESS, sample: {{ size: 2, seed: {v} }}) {{ __typename }} }}"))).ToList();
        var failures = new List<string>();
        foreach (var (argument, query) in cases)
        {
            var response = await client.PostAsync(query);
            foreach (var error in response.Errors)
            {
                var code = error.GetProperty("extensions").GetProperty("code").GetString();
                var message = error.GetProperty("message").GetString() ?? "";
                // An input field's problem may be named by the field ("sample.size:") or by the argument holding it ("sample:").
                if (code != "INVALID_ARGUMENT" || !(message.StartsWith(argument + ":", StringComparison.Ordinal) || message.StartsWith(argument.Split('.')[0] + ":", StringComparison.Ordinal)))
                {
                    failures.Add($"{query} -> {code}: {message}");
                }
            }
        }

        Assert.True(cases.Count > 100, $"only {cases.Count} cases: the walk did not reach the schema");
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(40)));
    }

    /// <summary>For each Int argument (or Int input field), the name clients see in messages and one query per extreme value.</summary>
    private static IEnumerable<(string Argument, string Query)> Cases(ISchema schema, string someId)
    {
        foreach (var (type, open, close) in Paths(schema, someId))
        {
            foreach (var field in type.Fields)
            {
                if (field.Arguments is null || !Fillable(field.Arguments.Where(a => a.ResolvedType is NonNullGraphType), someId, out _))
                {
                    continue;
                }

                var selection = field.ResolvedType!.GetNamedType() is IComplexGraphType or UnionGraphType ? " { __typename }" : "";
                foreach (var argument in field.Arguments)
                {
                    var named = argument.ResolvedType!.GetNamedType();
                    List<(string Name, Func<int, string> Render)> targets = named is IntGraphType
                        ? [(argument.Name, Value)]
                        : named is IInputObjectGraphType input
                            ? [.. input.Fields.Where(f => f.ResolvedType!.GetNamedType() is IntGraphType)
                                .Select(f => ($"{argument.Name}.{f.Name}", (Func<int, string>)(v => InputObject(input, f.Name, v, someId))))]
                            : [];
                    foreach (var (name, render) in targets)
                    {
                        foreach (var extreme in Extremes)
                        {
                            var others = field.Arguments.Where(a => a != argument && a.ResolvedType is NonNullGraphType && a.DefaultValue is null)
                                .Select(a => $"{a.Name}: {Fill(a.ResolvedType!, someId)}");
                            var arguments = string.Join(", ", others.Append($"{argument.Name}: {render(extreme)}"));
                            yield return (name, $"{{ {open}{field.Name}({arguments}){selection}{close} }}");
                        }
                    }
                }
            }
        }
    }

    /// <summary>Every object type reachable from Query, with the selection text that opens and closes a path to it.</summary>
    private static IEnumerable<(IComplexGraphType Type, string Open, string Close)> Paths(ISchema schema, string someId)
    {
        var seen = new HashSet<string> { schema.Query.Name };
        var queue = new Queue<(IComplexGraphType, string, string)>();
        queue.Enqueue((schema.Query, "", ""));
        while (queue.TryDequeue(out var next))
        {
            yield return next;
            var (type, open, close) = next;
            foreach (var field in type.Fields)
            {
                if (field.Name.StartsWith("__", StringComparison.Ordinal) || !Fillable((field.Arguments ?? []).Where(a => a.ResolvedType is NonNullGraphType && a.DefaultValue is null), someId, out var arguments))
                {
                    continue;
                }

                var named = field.ResolvedType!.GetNamedType();
                var call = arguments.Length == 0 ? field.Name : $"{field.Name}({arguments})";
                var children = named switch
                {
                    IObjectGraphType o => [(o, "")],
                    IInterfaceGraphType i => [(i, ""), .. i.PossibleTypes.Select(p => ((IComplexGraphType)p, $"... on {p.Name} {{ "))],
                    _ => Array.Empty<(IComplexGraphType, string)>(),
                };
                foreach (var (child, fragment) in children)
                {
                    if (seen.Add(child.Name))
                    {
                        queue.Enqueue((child, $"{open}{call} {{ {fragment}", $"{(fragment.Length > 0 ? " }" : "")} }}{close}"));
                    }
                }
            }
        }
    }

    private static bool Fillable(IEnumerable<QueryArgument> required, string someId, out string arguments)
    {
        var parts = new List<string>();
        foreach (var argument in required)
        {
            if (Fill(argument.ResolvedType!, someId) is not { } value)
            {
                arguments = "";
                return false;
            }

            parts.Add($"{argument.Name}: {value}");
        }

        arguments = string.Join(", ", parts);
        return true;
    }

    /// <summary>A valid value of a required argument: an existing id for ids and strings, the first value of an enum.</summary>
    private static string? Fill(IGraphType type, string someId) => type.GetNamedType() switch
    {
        IntGraphType => "1",
        FloatGraphType => "0.5",
        BooleanGraphType => "false",
        IdGraphType or StringGraphType => $"\"{someId}\"",
        EnumerationGraphType e => e.Values.First().Name,
        _ => null,
    };

    private static string InputObject(IInputObjectGraphType input, string target, int value, string someId) =>
        "{ " + string.Join(", ", input.Fields
            .Where(f => f.Name == target || f.ResolvedType is NonNullGraphType)
            .Select(f => $"{f.Name}: {(f.Name == target ? Value(value) : Fill(f.ResolvedType!, someId))}")) + " }";

    private static string Value(int value) => value.ToString(CultureInfo.InvariantCulture);
}
