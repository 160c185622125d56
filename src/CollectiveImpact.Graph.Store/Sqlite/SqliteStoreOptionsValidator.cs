using Microsoft.Extensions.Options;

namespace CollectiveImpact.Graph.Store.Sqlite;

/// <summary>Startup validation of <see cref="SqliteStoreOptions"/>, with the options' own message naming the setting.</summary>
internal sealed class SqliteStoreOptionsValidator : IValidateOptions<SqliteStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, SqliteStoreOptions options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
