namespace CollectiveImpact.Graph.Api.Tests.Services.Jobs;

/// <summary>A clock that moves only when a test advances it (timers still run on real time; tests call Sweep themselves).</summary>
internal sealed class ManualClock : TimeProvider
{
    private DateTimeOffset now = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
