namespace CollectiveImpact.Graph.Analytics.Reinforcement;

/// <summary>
/// One side of an <see cref="ActivityPair"/>: the activity and its lead, by id, with the names its sentence uses.
/// One per activity, shared by every pair it is in, so a pair costs two references however long the names are.
/// </summary>
/// <param name="Id">The activity's id.</param>
/// <param name="Name">The activity's name.</param>
/// <param name="Lead">The lead organization's id.</param>
/// <param name="LeadName">The lead organization's name (its id when the network has no such organization).</param>
public sealed record PairedActivity(string Id, string Name, string Lead, string LeadName);
