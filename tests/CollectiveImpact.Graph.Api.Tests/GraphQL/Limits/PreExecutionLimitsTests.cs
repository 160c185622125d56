using CollectiveImpact.Graph.Api.GraphQL.Errors;
using CollectiveImpact.Graph.Api.GraphQL.Limits;
using GraphQL;
using GraphQLParser;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL.Limits;

/// <summary>Which limit a measured document breaks, and the cap on a refused document's errors.</summary>
public sealed class PreExecutionLimitsTests
{
    private static readonly RequestLimits Limits = new()
    {
        MaxOperations = 2,
        MaxFragments = 2,
        MaxVariables = 2,
        MaxDirectives = 3,
        MaxDirectivesPerLocation = 2,
        MaxAliases = 2,
        MaxDepth = 3,
        MaxFields = 6,
        MaxFieldsPerSelectionSet = 4,
    };

    [Theory]
    [InlineData("query A { a } query B { a } query C { a }", ErrorCodes.QueryTooLarge, "Limits:MaxOperations")]
    [InlineData("{ ...A } fragment A on Q { ...B } fragment B on Q { ...C } fragment C on Q { a }", ErrorCodes.QueryTooLarge, "Limits:MaxFragments")]
    [InlineData("query($a: Int, $b: Int, $c: Int) { a }", ErrorCodes.QueryTooLarge, "Limits:MaxVariables")]
    [InlineData("{ a @d b @d c @d d @d }", ErrorCodes.QueryTooLarge, "Limits:MaxDirectives")]
    [InlineData("{ a @d @d @d }", ErrorCodes.QueryTooLarge, "Limits:MaxDirectivesPerLocation")]
    [InlineData("{ x: a y: a z: a }", ErrorCodes.TooManyAliases, "Limits:MaxAliases")]
    [InlineData("{ a { b { c { d } } } }", ErrorCodes.QueryTooDeep, "Limits:MaxDepth")]
    [InlineData("{ a { b c } d { e f } g }", ErrorCodes.QueryTooLarge, "Limits:MaxFields")]
    [InlineData("{ a b c d e }", ErrorCodes.QueryTooLarge, "Limits:MaxFieldsPerSelectionSet")]
    public void Problems_DocumentOverALimit_NamesThatLimit(string text, string code, string key)
    {
        var problem = Assert.Single(Problems(text));

        Assert.Equal(code, problem.Code);
        Assert.Contains(key, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_FragmentCycle_IsTheValidationRulesError()
    {
        var problem = Assert.Single(Problems("{ ...A } fragment A on Q { ...A }"));

        Assert.Equal("NO_FRAGMENT_CYCLES", problem.Code);
        Assert.Contains("'A'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_DocumentWithinEveryLimit_HasNone()
    {
        Assert.Empty(Problems("query($a: Int) { x: a @d b { c { d } } ...F } fragment F on Q { e }"));
    }

    [Fact]
    public void Capped_MoreErrorsThanTheCap_KeepsTheFirstAndCountsTheRest()
    {
        var result = Refused(25, "FIELDS_ON_CORRECT_TYPE");

        PreExecutionLimits.Capped(result, 20);

        Assert.Equal(21, result.Errors!.Count);
        Assert.Equal("error 19", result.Errors[19].Message);
        Assert.Equal(ErrorCodes.ValidationFailed, result.Errors[20].Code);
        Assert.StartsWith("5 more errors", result.Errors[20].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Capped_AllForbidden_CountsTheRestAsForbidden()
    {
        var result = Refused(30, ErrorCodes.Forbidden);

        PreExecutionLimits.Capped(result, 20);

        Assert.All(result.Errors!, e => Assert.Equal(ErrorCodes.Forbidden, e.Code));
    }

    [Fact]
    public void Capped_ExecutedResult_IsLeftAlone()
    {
        var result = Refused(30, "ANY");
        result.Executed = true;

        PreExecutionLimits.Capped(result, 20);

        Assert.Equal(30, result.Errors!.Count);
    }

    private static List<ExecutionError> Problems(string text)
    {
        var document = Parser.Parse(text);
        return PreExecutionLimits.Problems(document, DocumentMeasurer.Measure(document), Limits);
    }

    private static ExecutionResult Refused(int count, string code)
    {
        var errors = new ExecutionErrors();
        for (var i = 0; i < count; i++)
        {
            errors.Add(new ExecutionError($"error {i}") { Code = code });
        }

        return new ExecutionResult { Errors = errors };
    }
}
