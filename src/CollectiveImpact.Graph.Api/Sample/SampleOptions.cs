namespace CollectiveImpact.Graph.Api.Sample;

/// <summary>The sample initiative loaded into an empty store (configuration section <c>Sample</c>).</summary>
public sealed class SampleOptions
{
    public const string Section = "Sample";

    /// <summary>Load the sample when the store has never been written (network version 0).</summary>
    public bool LoadOnEmptyStore { get; set; } = true;

    /// <summary>The sample document; a relative path is taken from the application's directory, where the build copies it.</summary>
    public string Path { get; set; } = "samples/riverbend-thrives.network.json";
}
