using System.Globalization;

namespace CollectiveImpact.Graph.Store.Validation;

/// <summary>
/// A place in a network document, turned into a JSON path (<c>$.activities[3].partners[1]</c>) only when a
/// problem needs one, so validating a large valid document allocates no path strings.
/// </summary>
/// <param name="List">The root property: "goals", "delete.nodes", ... or "initiative" (which is not a list).</param>
/// <param name="Index">The entry's index in the list, or -1 for a property that is not a list (the initiative).</param>
/// <param name="Field">The entry's field, or null for the entry itself.</param>
/// <param name="Item">The item's index within an array field, or -1.</param>
internal readonly record struct DocumentPath(string List, int Index, string? Field = null, int Item = -1)
{
    public static DocumentPath Root => new(string.Empty, -1);

    public DocumentPath At(string field, int item = -1) => new(List, Index, field, item);

    public override string ToString()
    {
        if (List.Length == 0)
        {
            return "$";
        }

        var entry = Index < 0 ? $"$.{List}" : string.Create(CultureInfo.InvariantCulture, $"$.{List}[{Index}]");
        if (Field is null)
        {
            return entry;
        }

        return Item < 0 ? $"{entry}.{Field}" : string.Create(CultureInfo.InvariantCulture, $"{entry}.{Field}[{Item}]");
    }
}
