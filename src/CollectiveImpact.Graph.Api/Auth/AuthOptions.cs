namespace CollectiveImpact.Graph.Api.Auth;

/// <summary>Who may call the API (section <c>Auth</c>); docs/security.md describes each setting.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public AuthMode Mode { get; set; } = AuthMode.Required;

    /// <summary>
    /// The SQLite file holding the API keys (hashed) and the audit log. Default: <c>auth.db</c> beside the store's
    /// file (<c>Store:Sqlite:Path</c>), or <c>data/auth.db</c> when the store is not SQLite.
    /// </summary>
    public string? KeysPath { get; set; }

    /// <summary>Create and print one local backbone key when the key file has never held a key.</summary>
    public bool CreateAdminKeyOnFirstStart { get; set; } = true;

    public JwtOptions Jwt { get; set; } = new();

    /// <summary>The key file for a configuration: <see cref="KeysPath"/>, or its default beside the store.</summary>
    public static string ResolveKeysPath(IConfiguration configuration)
    {
        var configured = configuration[$"{Section}:{nameof(KeysPath)}"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        var store = configuration["Store:Sqlite:Path"];
        var directory = string.IsNullOrWhiteSpace(store) || !string.IsNullOrWhiteSpace(configuration["Neo4j:Uri"])
            ? "data"
            : Path.GetDirectoryName(Path.GetFullPath(store)) ?? "data";
        return Path.GetFullPath(Path.Combine(directory, "auth.db"));
    }
}
