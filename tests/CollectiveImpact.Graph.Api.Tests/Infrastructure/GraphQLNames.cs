namespace CollectiveImpact.Graph.Api.Tests.Infrastructure;

/// <summary>GraphQL.NET's spelling of enum members (CONSTANT_CASE), for comparing library enums with responses.</summary>
public static class GraphQLNames
{
    /// <summary><c>PageRank</c> is <c>PAGE_RANK</c>, <c>GoalWithoutIndicator</c> is <c>GOAL_WITHOUT_INDICATOR</c>.</summary>
    public static string EnumValue<TEnum>(TEnum member)
        where TEnum : struct, Enum =>
        string.Concat(member.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
}
