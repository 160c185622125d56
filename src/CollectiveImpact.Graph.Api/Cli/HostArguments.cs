namespace CollectiveImpact.Graph.Api.Cli;

/// <summary>
/// The command line split in two: what the host's configuration reads (<c>--Section:Key=value</c>, and
/// <c>--no-auth</c> as <c>Auth:Mode=None</c>), and the arguments of the <c>keys</c>, <c>generate</c>, <c>import</c> or
/// <c>export</c> command when one was asked for.
/// </summary>
public sealed record HostArguments(string[] HostArgs, string? Command, string[] CommandArgs)
{
    public const string NoAuthFlag = "--no-auth";
    public const string Keys = "keys";
    public const string Generate = "generate";
    public const string Import = "import";
    public const string Export = "export";

    /// <summary>The <c>keys</c> command's arguments, or null when the host is to serve or run another command.</summary>
    public string[]? KeysArgs => Command == Keys ? CommandArgs : null;

    /// <summary>The <c>generate</c> command's arguments, or null when the host is to serve or run another command.</summary>
    public string[]? GenerateArgs => Command == Generate ? CommandArgs : null;

    /// <summary>The <c>import</c> or <c>export</c> command's arguments, or null when the host is to serve or run another command.</summary>
    public string[]? FileArgs => Command is Import or Export ? CommandArgs : null;

    public static HostArguments Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var translated = args.Select(a => a == NoAuthFlag ? "--Auth:Mode=None" : a).ToArray();
        if (translated.Length == 0 || translated[0] is not (Keys or Generate or Import or Export))
        {
            return new HostArguments(translated, null, []);
        }

        if (translated[0] == Generate)
        {
            // generate reads no configuration: every argument is its own, so a stray setting is reported, not ignored.
            return new HostArguments([], Generate, translated[1..]);
        }

        // Only --Section:Key=value settings go to the host (to find the key file); the rest is the command's own.
        static bool IsSetting(string a) => a.StartsWith("--", StringComparison.Ordinal) && a.Contains(':') && a.Contains('=');
        return new HostArguments(translated.Skip(1).Where(IsSetting).ToArray(), translated[0], translated.Skip(1).Where(a => !IsSetting(a)).ToArray());
    }
}
