namespace CollectiveImpact.Graph.Api.Cli;

/// <summary>
/// The command line split in two: what the host's configuration reads (<c>--Section:Key=value</c>, and
/// <c>--no-auth</c> as <c>Auth:Mode=None</c>), and the arguments of the <c>keys</c> command when it was asked for.
/// </summary>
public sealed record HostArguments(string[] HostArgs, string[]? KeysArgs)
{
    public const string NoAuthFlag = "--no-auth";

    public static HostArguments Parse(string[] args)
    {
        var translated = args.Select(a => a == NoAuthFlag ? "--Auth:Mode=None" : a).ToArray();
        if (translated.Length == 0 || translated[0] != "keys")
        {
            return new HostArguments(translated, null);
        }

        // Only --Section:Key=value settings go to the host (to find the key file); the rest is the command's own.
        static bool IsSetting(string a) => a.StartsWith("--", StringComparison.Ordinal) && a.Contains(':') && a.Contains('=');
        return new HostArguments(translated.Skip(1).Where(IsSetting).ToArray(), translated.Skip(1).Where(a => !IsSetting(a)).ToArray());
    }
}
