namespace CollectiveImpact.Graph.Store.Sqlite;

/// <summary>One step of the schema: its version (position in the list), what it does, and its SQL.</summary>
internal sealed record SqliteMigration(int Version, string Description, string Sql);
