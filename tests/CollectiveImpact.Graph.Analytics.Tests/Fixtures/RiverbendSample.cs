using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Analytics.Tests.Fixtures;

/// <summary>The sample initiative, samples/riverbend-thrives.network.json, read from the repository.</summary>
internal static class RiverbendSample
{
    public static Network Load()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "samples", "riverbend-thrives.network.json")))
        {
            directory = directory.Parent;
        }

        var path = Path.Combine(directory?.FullName ?? throw new FileNotFoundException("samples/riverbend-thrives.network.json not found above the test directory."),
            "samples", "riverbend-thrives.network.json");
        var result = NetworkDocumentReader.Read(File.ReadAllBytes(path));
        return result.Network ?? throw new InvalidOperationException(
            $"The sample did not read: {string.Join("; ", result.Problems.Select(p => p.ToString()))}");
    }
}
