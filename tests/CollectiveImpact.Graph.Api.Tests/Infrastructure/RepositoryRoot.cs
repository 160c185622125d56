namespace CollectiveImpact.Graph.Api.Tests.Infrastructure;

/// <summary>The repository's root folder (where the solution file is), found from the test's output folder.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "CollectiveImpact.Graph.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No CollectiveImpact.Graph.sln above {AppContext.BaseDirectory}.");
    }
}
