using CollectiveImpact.Graph.Api.Auth;

namespace CollectiveImpact.Graph.Api.Cli;

/// <summary>
/// <c>keys create --role R --name N [--organization O]</c>, <c>keys list</c>, <c>keys revoke ID</c>: manages the
/// API keys in the key file the service would use (<c>Auth:KeysPath</c>), without starting it. Parsed by hand:
/// three verbs and three options do not earn a parser dependency.
/// </summary>
public static class KeysCommand
{
    public const string Usage = """
        Usage:
          keys create --role <backbone|evaluator|dashboard|partner> --name "<who holds it>" [--organization <org id>]
          keys list
          keys revoke <key id>
        Settings such as --Auth:KeysPath=<file> may follow.
        """;

    /// <summary>Runs the command; returns the process exit code (0 done, 1 refused, 2 usage error).</summary>
    public static int Run(string[] args, ApiKeyStore keys, TextWriter output, TextWriter error)
    {
        try
        {
            return args switch
            {
                ["create", .. var rest] => Create(rest, keys, output, error),
                ["list"] => List(keys, output),
                ["revoke", var id] => Revoke(id, keys, output, error),
                _ => UsageError(error, args.Length == 0 ? "No keys command given." : $"Unknown keys command: {string.Join(' ', args)}"),
            };
        }
        catch (ArgumentException ex)
        {
            error.WriteLine(ex.Message);
            return 1;
        }
    }

    private static int Create(string[] args, ApiKeyStore keys, TextWriter output, TextWriter error)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is not ("--role" or "--name" or "--organization") || i + 1 >= args.Length)
            {
                return UsageError(error, $"Unexpected argument '{args[i]}'.");
            }

            options[args[i][2..]] = args[++i];
        }

        if (!options.TryGetValue("role", out var role) || !options.TryGetValue("name", out var name))
        {
            return UsageError(error, "keys create needs --role and --name.");
        }

        var created = keys.Create(role, name, options.GetValueOrDefault("organization"));
        output.WriteLine($"Created {created.Key.Role} key {created.Key.Id} ({created.Key.Name}). The key, shown this once:");
        output.WriteLine(created.Secret);
        return 0;
    }

    private static int List(ApiKeyStore keys, TextWriter output)
    {
        output.WriteLine("id\trole\torganization\tcreated\trevoked\tname");
        foreach (var key in keys.List())
        {
            output.WriteLine($"{key.Id}\t{key.Role}\t{key.Organization ?? "-"}\t{key.CreatedAt:yyyy-MM-ddTHH:mm:ssZ}\t{(key.RevokedAt is { } r ? r.ToString("yyyy-MM-ddTHH:mm:ssZ") : "-")}\t{key.Name}");
        }

        return 0;
    }

    private static int Revoke(string id, ApiKeyStore keys, TextWriter output, TextWriter error)
    {
        var key = keys.Revoke(id);
        if (key is null)
        {
            error.WriteLine($"No key has the id '{id}'.");
            return 1;
        }

        output.WriteLine($"Revoked key {key.Id} ({key.Name}) at {key.RevokedAt:yyyy-MM-ddTHH:mm:ssZ}.");
        return 0;
    }

    private static int UsageError(TextWriter error, string problem)
    {
        error.WriteLine(problem);
        error.WriteLine(Usage);
        return 2;
    }
}
