namespace CollectiveImpact.Graph.Api.Startup;

/// <summary>Whether the server listens yet: until then, a failure to start is reported by <c>RunService</c>, once.</summary>
public sealed class StartupProgress
{
    private volatile bool listening;

    public bool Listening => listening;

    public void MarkListening() => listening = true;
}
