using CollectiveImpact.Graph.Api.GraphQL.Scalars;
using GraphQL;
using GraphQL.Builders;

namespace CollectiveImpact.Graph.Api.GraphQL;

/// <summary>
/// The <c>asOf: Date</c> argument every analysis, map query and the export take (issue 15): read the network as it was
/// on that date (network-format.md, <i>Time</i>; <see cref="Services.AsOfViews"/>). Declared here once so every field
/// describes it alike.
/// </summary>
public static class AsOfArgument
{
    public const string Name = "asOf";

    /// <summary>The standard description, with what the field does with measurements or other specifics appended.</summary>
    public const string Description =
        "Read the network as of this date (default today, UTC): only the ties, activities, organizations and people counting on it (since/until, start/end, both inclusive) and the measurements dated on or before it.";

    public static FieldBuilder<object?, TReturn> WithAsOf<TReturn>(this FieldBuilder<object?, TReturn> field, string? more = null) =>
        field.Argument<CalendarDateGraphType>(Name, more is null ? Description : Description + " " + more);

    /// <summary>The date asked for; null when the argument was omitted (the service then takes today).</summary>
    public static DateOnly? AsOf(this IResolveFieldContext context) => context.GetArgument<DateOnly?>(Name);
}
