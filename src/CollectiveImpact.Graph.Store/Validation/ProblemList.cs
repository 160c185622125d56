namespace CollectiveImpact.Graph.Store.Validation;

/// <summary>
/// The problems of one read or check: the first <see cref="Capacity"/> kept whole, every later one only counted.
/// A 54 MB document with every reference broken has hundreds of thousands of problems; keeping them all cost more
/// memory than the document, and nobody reads past the first screenful. Counting goes on to the end, so the total is
/// always true.
/// </summary>
internal sealed class ProblemList(int capacity = int.MaxValue)
{
    private readonly List<ValidationProblem> listed = [];

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "capacity must be at least 1.");

    /// <summary>Every problem found, listed or not.</summary>
    public int Count { get; private set; }

    /// <summary>The first <see cref="Capacity"/> problems, in the order they were found.</summary>
    public IReadOnlyList<ValidationProblem> Listed => listed;

    public void Add(ValidationProblem problem)
    {
        Count++;
        if (listed.Count < Capacity)
        {
            listed.Add(problem);
        }
    }
}
