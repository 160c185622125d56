using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Generation;
using CollectiveImpact.Graph.Store.Storage;
using CollectiveImpact.Graph.Store.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CollectiveImpact.Graph.Store.Tests.Documents;

/// <summary>Export → import → export is byte-identical (docs/format/network-format-v1.md, "Canonical form").</summary>
public sealed class RoundTripTests
{
    internal const string SamplePath = "samples/riverbend-thrives.network.json";

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 40)]
    [InlineData(3, 250)]
    [InlineData(4, 1000)]
    public void ExportImportExport_GeneratedNetwork_IsByteIdentical(int seed, int organizations)
    {
        var network = NetworkGenerator.Generate(new NetworkGeneratorOptions { Seed = seed, Organizations = organizations });

        var first = NetworkDocumentWriter.Write(network);
        var imported = NetworkDocumentReader.Read(first);
        var second = NetworkDocumentWriter.Write(imported.Network!);

        Assert.Empty(imported.Problems);
        Assert.Equal(network.Counts, imported.Network!.Counts);
        Assert.Equal(first, second);
    }

    /// <summary>The benchmark size: one import (read and validate) and two exports of about 200,000 entries.</summary>
    [Fact]
    public void ExportImportExport_TwentyThousandOrganizations_IsValidAndByteIdentical()
    {
        var network = NetworkGenerator.Generate(new NetworkGeneratorOptions { Seed = 20, Organizations = 20_000 });

        var first = NetworkDocumentWriter.Write(network);
        var imported = NetworkDocumentReader.ReadChange(first, ChangeMode.Replace, Network.Empty);

        Assert.Empty(imported.Problems);
        Assert.Equal(first, NetworkDocumentWriter.Write(imported.Change!.Upserts));
    }

    [Property(MaxTest = 40)]
    public Property ExportImportExport_AnySeed_IsByteIdenticalAndIndentedReadsTheSame(int seed, byte size)
    {
        var network = NetworkGenerator.Generate(new NetworkGeneratorOptions { Seed = seed, Organizations = size % 60 });
        var first = NetworkDocumentWriter.Write(network);
        var fromCompact = NetworkDocumentReader.Read(first).Network;
        var fromIndented = NetworkDocumentReader.Read(NetworkDocumentWriter.Write(network, indented: true)).Network;

        return (fromCompact is not null && fromIndented is not null
                && first.AsSpan().SequenceEqual(NetworkDocumentWriter.Write(fromCompact))
                && first.AsSpan().SequenceEqual(NetworkDocumentWriter.Write(fromIndented)))
            .Label($"seed {seed}, {size % 60} organizations");
    }

    [Fact]
    public void ExportImportExport_HandBuiltNetwork_IsByteIdentical()
    {
        var first = NetworkDocumentWriter.Write(TestNetworks.Small());

        Assert.Equal(first, NetworkDocumentWriter.Write(NetworkDocumentReader.Read(first).Network!));
    }

    /// <summary>
    /// The shipped sample is a real import: it must read without problems, validate as a whole network, and
    /// round-trip. Its canonical export is compared with a second export, not with the file itself, which may be
    /// hand-formatted.
    /// </summary>
    [Fact]
    public void ExportImportExport_Sample_IsValidAndByteIdentical()
    {
        var path = RepositoryFiles.PathOf(SamplePath);
        Assert.True(File.Exists(path), $"The sample {SamplePath} is missing from the repository.");

        var read = NetworkDocumentReader.ReadChange(File.ReadAllBytes(path), ChangeMode.Replace, Network.Empty);
        Assert.Empty(read.Problems);

        var first = NetworkDocumentWriter.Write(read.Change!.Upserts);
        Assert.Equal(first, NetworkDocumentWriter.Write(NetworkDocumentReader.Read(first).Network!));
    }
}
