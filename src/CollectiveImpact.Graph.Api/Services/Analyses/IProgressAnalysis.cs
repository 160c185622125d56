namespace CollectiveImpact.Graph.Api.Services.Analyses;

/// <summary>
/// An analysis whose measure reports how far it is (the fraction done, 0 to 1), so a background job can show progress
/// and estimate the time left. The result never depends on it, so it is not a key parameter.
/// </summary>
/// <typeparam name="TResult">What it computes.</typeparam>
public interface IProgressAnalysis<out TResult> : IAnalysis<TResult>
{
    /// <summary>The same analysis, reporting to <paramref name="progress"/> as it computes.</summary>
    IAnalysis<TResult> WithProgress(IProgress<double> progress);
}
