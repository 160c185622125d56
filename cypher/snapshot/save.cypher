// Purpose: stores a snapshot unless its name is taken (ignoring case) or $maxCount snapshots are stored already;
//   answers whether the name was taken and how many were stored before, so the adapter can say which. The
//   constraint snapshot_name_key (schema/constraints.cypher) also refuses a name taken by a save running at once.
// Parameters:
//   $name: string, the name as given.
//   $nameKey: string, the name in upper case.
//   $createdAt: string, when it was taken (ISO 8601, UTC).
//   $createdBy: string, who took it (the caller's name).
//   $networkVersion: integer, the network version it froze.
//   $counts: string, the entry counts as JSON ({"initiatives": 1, "goals": 3, ...}).
//   $documentBytes: integer, the canonical document's length in bytes.
//   $storedBytes: integer, the compressed document's length in bytes.
//   $sha256: string, the canonical document's SHA-256 (lower-case hex).
//   $encoding: string, how the document is compressed ("br": Brotli).
//   $document: string, the compressed document as Base64 text.
//   $maxCount: integer, the most snapshots the store keeps.
// Run: by the adapter. By hand (a tiny example):
//   cypher-shell ... --param '{name: "Baseline", nameKey: "BASELINE", createdAt: "2026-01-01T00:00:00Z", createdBy: "me", networkVersion: 1, counts: "{}", documentBytes: 2, storedBytes: 2, sha256: "", encoding: "br", document: "", maxCount: 50}' -f cypher/snapshot/save.cypher
OPTIONAL MATCH (existing:Snapshot)
WITH count(existing) AS stored
OPTIONAL MATCH (same:Snapshot {nameKey: $nameKey})
WITH stored, same IS NOT NULL AS taken
FOREACH (_ IN CASE WHEN NOT taken AND stored < $maxCount THEN [1] ELSE [] END |
  CREATE (:Snapshot {
    name: $name, nameKey: $nameKey, createdAt: $createdAt, createdBy: $createdBy, networkVersion: $networkVersion,
    counts: $counts, documentBytes: $documentBytes, storedBytes: $storedBytes, sha256: $sha256, encoding: $encoding,
    document: $document}))
RETURN taken, stored
