using CollectiveImpact.Graph.Api.GraphQL.Limits;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace CollectiveImpact.Graph.Api.Tests.GraphQL.Limits;

/// <summary>GraphQL.NET's validation walk, which never looks at the token itself, stops once the request is cancelled.</summary>
public sealed class ValidationDeadlineRuleTests
{
    private static readonly Schema Schema = CreateSchema();

    [Fact]
    public async Task Validate_CancelledRequest_Throws()
    {
        var validation = Validate(new CancellationToken(canceled: true));

        await Assert.ThrowsAsync<OperationCanceledException>(async () => await validation);
    }

    [Fact]
    public async Task Validate_LiveRequest_Validates()
    {
        var result = await Validate(CancellationToken.None);

        Assert.True(result.IsValid);
    }

    private static Task<IValidationResult> Validate(CancellationToken cancellationToken)
    {
        var document = Parser.Parse("{ a { a { name } } }");
        return new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Document = document,
            Schema = Schema,
            Operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single(),
            Rules = DocumentValidator.CoreRules.Append(new ValidationDeadlineRule()),
            Variables = Inputs.Empty,
            Extensions = Inputs.Empty,
            Metrics = global::GraphQL.Instrumentation.Metrics.None,
            CancellationToken = cancellationToken,
        });
    }

    private static Schema CreateSchema()
    {
        var schema = Schema.For("type Query { a: Query name: String }");
        schema.Initialize();
        return schema;
    }
}
