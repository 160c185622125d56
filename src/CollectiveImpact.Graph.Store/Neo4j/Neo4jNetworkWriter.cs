using CollectiveImpact.Graph.Store.Storage;

namespace CollectiveImpact.Graph.Store.Neo4j;

/// <summary>
/// Applies an already validated change inside the caller's transaction: the <c>write/</c> statements, each entry
/// kind sent in UNWIND batches of <see cref="Neo4jStoreOptions.BatchSize"/> rows.
/// </summary>
/// <remarks>
/// Merge: deletions first (a node goes with every relationship touching it and, for an indicator, its measurements),
/// then the upserts kind by kind in reference order (goals, indicators, organizations, people, activities, the
/// initiative, measurements, ties), so every reference an upsert makes points at a node already written. Replace:
/// the stored network is cleared, then the upserts are written the same way.
/// </remarks>
internal sealed class Neo4jNetworkWriter(CypherCatalog catalog, IQueryRunner runner, int batchSize)
{
    public async Task ApplyAsync(NetworkChange change, long version, CancellationToken cancellationToken)
    {
        if (change.Mode == ChangeMode.Replace)
        {
            await runner.RunAsync(Query.Of(catalog.Statement(CypherFiles.ClearNetwork)), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await BatchesAsync(CypherFiles.DeleteTies, "keys", change.DeleteTies.Select(Neo4jRows.TieKeyRow), null, cancellationToken).ConfigureAwait(false);
            await BatchesAsync(CypherFiles.DeleteMeasurements, "keys", change.DeleteMeasurements.Select(Neo4jRows.MeasurementKeyRow), null, cancellationToken)
                .ConfigureAwait(false);
            await BatchesAsync(CypherFiles.DeleteNodes, "ids", change.DeleteNodes, null, cancellationToken).ConfigureAwait(false);
        }

        var upserts = change.Upserts;
        await UpsertAsync(CypherFiles.UpsertGoals, upserts.Goals.Select(Neo4jRows.Goal), version, cancellationToken).ConfigureAwait(false);
        await UpsertAsync(CypherFiles.UpsertIndicators, upserts.Indicators.Select(Neo4jRows.Indicator), version, cancellationToken).ConfigureAwait(false);
        await UpsertAsync(CypherFiles.UpsertOrganizations, upserts.Organizations.Select(Neo4jRows.Organization), version, cancellationToken)
            .ConfigureAwait(false);
        await UpsertAsync(CypherFiles.UpsertPeople, upserts.People.Select(Neo4jRows.Person), version, cancellationToken).ConfigureAwait(false);
        await UpsertAsync(CypherFiles.UpsertActivities, upserts.Activities.Select(Neo4jRows.Activity), version, cancellationToken).ConfigureAwait(false);
        if (upserts.Initiative is { } initiative)
        {
            await runner.RunAsync(
                Query.Of(catalog.Statement(CypherFiles.UpsertInitiative), ("version", version), ("row", Neo4jRows.Initiative(initiative))),
                cancellationToken).ConfigureAwait(false);
        }

        await UpsertAsync(CypherFiles.UpsertMeasurements, upserts.Measurements.Select(Neo4jRows.Measurement), version, cancellationToken)
            .ConfigureAwait(false);
        await UpsertAsync(CypherFiles.UpsertTies, upserts.Ties.Select(Neo4jRows.Tie), version, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The closing statement: records <paramref name="version"/> and releases the lock marker.</summary>
    public Query SetVersion(long version) => Query.Of(catalog.Statement(CypherFiles.SetVersion), ("version", version));

    private Task UpsertAsync(string file, IEnumerable<Dictionary<string, object?>> rows, long version, CancellationToken cancellationToken) =>
        BatchesAsync(file, "rows", rows, version, cancellationToken);

    private async Task BatchesAsync<T>(string file, string listName, IEnumerable<T> items, long? version, CancellationToken cancellationToken)
    {
        var statement = catalog.Statement(file);
        foreach (var batch in items.Chunk(batchSize))
        {
            var query = version is { } v
                ? Query.Of(statement, ("version", v), (listName, batch))
                : Query.Of(statement, (listName, batch));
            await runner.RunAsync(query, cancellationToken).ConfigureAwait(false);
        }
    }
}
