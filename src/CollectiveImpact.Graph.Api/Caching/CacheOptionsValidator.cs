using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Api.Caching;

/// <summary>Fails start-up on unusable cache settings, naming each one (see <see cref="CacheOptions.Problems"/>).</summary>
internal sealed class CacheOptionsValidator : IValidateOptions<CacheOptions>
{
    public ValidateOptionsResult Validate(string? name, CacheOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
