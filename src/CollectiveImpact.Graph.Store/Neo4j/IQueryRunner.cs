namespace CollectiveImpact.Graph.Store.Neo4j;

/// <summary>Runs one statement: in its own implicit transaction, or inside an open explicit one.</summary>
internal interface IQueryRunner
{
    Task<QueryResult> RunAsync(Query query, CancellationToken cancellationToken);
}
