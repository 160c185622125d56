namespace CollectiveImpact.Graph.Store.Tests.Support;

/// <summary>Finds files of the repository (the format's schema, the sample) from the test's output folder.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CollectiveImpact.Graph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No CollectiveImpact.Graph.sln above {AppContext.BaseDirectory}.");
    }
}
