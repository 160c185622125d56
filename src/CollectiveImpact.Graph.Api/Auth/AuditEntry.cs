using System.Text.Json.Nodes;

namespace CollectiveImpact.Graph.Api.Auth;

/// <summary>
/// One write attempt: who (the caller's kind, id, name and role), when, which mutation, and what it did —
/// <see cref="Outcome"/> is <c>OK</c> or the error code that refused it (a refused write changed nothing),
/// <see cref="Changes"/> holds counts and ids, and the versions are the network's before and after.
/// </summary>
public sealed record AuditEntry(
    long Sequence,
    DateTimeOffset At,
    string ActorKind,
    string ActorId,
    string ActorName,
    string ActorRole,
    string Operation,
    string Outcome,
    JsonObject Changes,
    long? VersionBefore,
    long? VersionAfter);
