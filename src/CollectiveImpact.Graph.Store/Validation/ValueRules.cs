namespace CollectiveImpact.Graph.Store.Validation;

/// <summary>
/// Rules on single values that both the reader (for documents) and the validator (for writes built in code,
/// e.g. by GraphQL mutations) enforce; one definition so the two never disagree.
/// </summary>
internal static class ValueRules
{
    public static bool IsValidWeight(double weight) => double.IsFinite(weight) && weight > 0;

    public static string DescribeBadWeight(string tie, double weight) =>
        $"The weight of {tie} is {weight.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}; a weight must be a positive number.";
}
