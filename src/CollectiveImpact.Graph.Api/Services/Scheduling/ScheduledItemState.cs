namespace CollectiveImpact.Graph.Api.Services.Scheduling;

/// <summary>Where a <see cref="ScheduledItem"/> stands.</summary>
internal enum ScheduledItemState
{
    Queued,
    Running,
    Finished,
    Dropped,
}
