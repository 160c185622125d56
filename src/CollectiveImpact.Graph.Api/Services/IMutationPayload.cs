namespace CollectiveImpact.Graph.Api.Services;

/// <summary>Any <see cref="MutationPayload{T}"/>, for code that records writes without knowing the entry's type.</summary>
public interface IMutationPayload
{
    object? Item { get; }

    long Version { get; }

    IReadOnlyList<Editing.FieldChange>? Changes { get; }
}
