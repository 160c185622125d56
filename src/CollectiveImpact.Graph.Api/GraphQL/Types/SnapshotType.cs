using CollectiveImpact.Graph.Api.GraphQL.Authorization;
using CollectiveImpact.Graph.Store.Domain;
using GraphQL.Types;

namespace CollectiveImpact.Graph.Api.GraphQL.Types;

public sealed class SnapshotType : ObjectGraphType<SnapshotInfo>
{
    public SnapshotType()
    {
        Name = "Snapshot";
        Description = "A named, immutable copy of the whole network as stored at one moment (e.g. Baseline 2024); exported with exportSnapshot, never edited.";
        Field(x => x.Name).Description("Its name, unique ignoring case.").Access(FieldAccess.Open);
        Field(x => x.CreatedAt).Description("When it was taken (UTC).").Access(FieldAccess.Open);
        Field(x => x.CreatedBy).Description("Who took it: the caller's name (an API key's name or a token's name claim).").Access(FieldAccess.Backbone);
        Field(x => x.NetworkVersion).Description("The network version it froze.").Access(FieldAccess.Open);
        Field(x => x.Counts, type: typeof(NonNullGraphType<EntityCountsType>)).Description("How many entries of each kind the network held.").Access(FieldAccess.Open);
        Field(x => x.DocumentBytes).Description("The size of its network document in bytes, as exportNetwork wrote it (compact JSON).").Access(FieldAccess.Open);
        Field(x => x.StoredBytes).Description("What it takes in the store in bytes (the document, compressed).").Access(FieldAccess.Open);
        Field(x => x.Sha256).Description("The SHA-256 of its document (lower-case hex), checked whenever it is read.").Access(FieldAccess.Open);
    }
}
