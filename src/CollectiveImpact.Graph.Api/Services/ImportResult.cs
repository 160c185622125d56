using CollectiveImpact.Graph.Store.Domain;
using CollectiveImpact.Graph.Store.Storage;

namespace CollectiveImpact.Graph.Api.Services;

/// <summary>What an import did or, for a dry run, would do.</summary>
/// <param name="Version">The network version the import produced; for a dry run, the version it was checked against (unchanged).</param>
/// <param name="DryRun">True when nothing was written.</param>
/// <param name="Written">The entries the document writes (added or replaced), per kind.</param>
/// <param name="Deleted">How many stored entries it removes.</param>
/// <param name="Changes">Per kind: added, changed, removed and unchanged, against the version the document was checked against.</param>
/// <param name="Warnings">E.g. <see cref="ImportWarning.MostOfNetworkRemoved"/>; empty when nothing looks unintended.</param>
public sealed record ImportResult(
    long Version,
    bool DryRun,
    EntityCounts Written,
    int Deleted,
    NetworkChanges Changes,
    IReadOnlyList<ImportWarning> Warnings)
{
    /// <summary>
    /// The survey rounds the document carries (docs/survey.md), written beside the network: in MERGE each replaces the
    /// stored round of its id, in REPLACE they replace every round. Null when the document has no <c>surveys</c> section
    /// (the stored rounds are kept as they are).
    /// </summary>
    public int? SurveyRounds { get; init; }
}
