namespace CollectiveImpact.Graph.Store.Sqlite;

/// <summary>
/// What one <c>PRAGMA wal_checkpoint(TRUNCATE)</c> did: the write-ahead log's size before and after, and whether a
/// reader of an older version or a writer kept it from copying everything and truncating the log (then the next one
/// tries again; nothing is lost either way).
/// </summary>
public sealed record WalCheckpoint(bool Busy, long WalBytesBefore, long WalBytesAfter);
