using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Store.Neo4j;

/// <summary>Startup validation of <see cref="Neo4jStoreOptions"/>, with the options' own message naming the setting.</summary>
internal sealed class Neo4jStoreOptionsValidator : IValidateOptions<Neo4jStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, Neo4jStoreOptions options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
