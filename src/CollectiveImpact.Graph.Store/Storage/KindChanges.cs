namespace CollectiveImpact.Graph.Store.Storage;

/// <summary>How one kind of entry differs between two networks: entries only in the second (added), in both but
/// not equal (changed), only in the first (removed), and in both unchanged.</summary>
public sealed record KindChanges(int Added, int Changed, int Removed, int Unchanged)
{
    public static KindChanges None { get; } = new(0, 0, 0, 0);

    public static KindChanges operator +(KindChanges left, KindChanges right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.Added + right.Added, left.Changed + right.Changed, left.Removed + right.Removed, left.Unchanged + right.Unchanged);
    }
}
