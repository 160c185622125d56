using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Domain;

namespace CollectiveImpact.Graph.Store.Storage;

/// <summary>
/// One atomic write. Every mutation and import is expressed as one, so one validator guards them all.
/// </summary>
/// <param name="Upserts">Entries to add or replace (an imported document, or one created/updated entry).</param>
/// <param name="Mode">Merge into, or replace, the stored network. Deletions must be empty with Replace.</param>
/// <param name="DeleteNodes">Ids to delete. Ties touching them (and an indicator's measurements) go with them;
/// any other reference to them is a validation problem.</param>
/// <param name="DeleteTies">Ties to remove.</param>
/// <param name="DeleteMeasurements">Measurements to remove.</param>
/// <param name="MustBeNew">Ids that must not already be stored (create semantics).</param>
/// <param name="MustExist">Ids that must already be stored (update and delete semantics).</param>
public sealed record NetworkChange(
    Network Upserts,
    ChangeMode Mode = ChangeMode.Merge,
    IReadOnlyList<string>? DeleteNodes = null,
    IReadOnlyList<TieKey>? DeleteTies = null,
    IReadOnlyList<MeasurementKey>? DeleteMeasurements = null,
    IReadOnlyCollection<string>? MustBeNew = null,
    IReadOnlyCollection<string>? MustExist = null)
{
    public IReadOnlyList<string> DeleteNodes { get; init; } = DeleteNodes ?? [];

    public IReadOnlyList<TieKey> DeleteTies { get; init; } = DeleteTies ?? [];

    public IReadOnlyList<MeasurementKey> DeleteMeasurements { get; init; } = DeleteMeasurements ?? [];

    public IReadOnlyCollection<string> MustBeNew { get; init; } = MustBeNew ?? [];

    public IReadOnlyCollection<string> MustExist { get; init; } = MustExist ?? [];

    /// <summary>
    /// The network this change was already validated against, with no problem (<see cref="NetworkDocumentReader"/>
    /// sets it): a store whose current network is that very instance (nothing written since) gets the same answer from
    /// <see cref="Validation.NetworkChangeValidator"/> and need not ask again, which halves the checking of a large
    /// import. Compared by reference only; any other network, or null, is validated as usual.
    /// </summary>
    internal Network? ValidatedAgainst { get; init; }

    /// <summary>Whether <paramref name="current"/> is the very network this change was validated against.</summary>
    internal bool WasValidatedAgainst(Network current) => ValidatedAgainst is not null && ReferenceEquals(ValidatedAgainst, current);

    public static NetworkChange Merge(Network upserts) => new(upserts);

    public static NetworkChange Replace(Network network) => new(network, ChangeMode.Replace);
}
