using System.Reflection;
using CollectiveImpact.Graph.Api.Services;
using CollectiveImpact.Graph.Api.Services.Analyses;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CollectiveImpact.Graph.Api.Tests.Services.Analyses;

/// <summary>
/// Every analysis the API runs stops when its token is cancelled, so a timed-out or abandoned computation does not go
/// on. The analyses are found by reflection over the API assembly, so a new one is covered without being listed; each
/// is built from its primary constructor with plain valid arguments (below), checked with Validate on the sample,
/// then computed with a token already cancelled.
/// </summary>
public sealed class AnalysisCancellationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly NullabilityInfoContext Nullability = new();

    public static TheoryData<string> Analyses() => [.. AnalysisTypes().Select(t => t.FullName!)];

    [Fact]
    public void Analyses_FoundByReflection_IncludeEveryKnownAnalysis()
    {
        var names = AnalysisTypes().Select(t => t.Name).ToHashSet();

        Assert.Superset(
            new HashSet<string>
            {
                nameof(CentralityAnalysis), nameof(CommunitiesAnalysis), nameof(NetworkMetricsAnalysis), nameof(StructuralHolesAnalysis),
                nameof(CutPointsAnalysis), nameof(GapsAnalysis), nameof(OverlapsAnalysis), nameof(ReinforcementAnalysis),
                nameof(ProgressAnalysis), nameof(BrokerageAnalysis), nameof(WhatIfAnalysis), nameof(EquityLensAnalysis),
            },
            names);
    }

    [Theory]
    [MemberData(nameof(Analyses))]
    public async Task Compute_AlreadyCancelled_ThrowsOperationCanceled(string typeName)
    {
        var network = await factory.Services.GetRequiredService<ProjectionProvider>().CurrentAsync(CancellationToken.None);
        var analysis = Build(typeof(IAnalysis<>).Assembly.GetType(typeName, throwOnError: true)!);
        var contract = AnalysisInterface(analysis.GetType());
        Invoke(contract.GetMethod(nameof(IAnalysis<object>.Validate))!, analysis, network);
        var cancelled = new CancellationToken(canceled: true);

        var thrown = Assert.ThrowsAny<OperationCanceledException>(
            () => Invoke(contract.GetMethod(nameof(IAnalysis<object>.Compute))!, analysis, network, cancelled));

        Assert.Equal(cancelled, thrown.CancellationToken);
    }

    [Theory]
    [MemberData(nameof(Analyses))]
    public void WithMaxDegreeOfParallelism_ParallelAnalysis_KeepsItsKeyAndCarriesTheWorkerCount(string typeName)
    {
        var analysis = Build(typeof(IAnalysis<>).Assembly.GetType(typeName, throwOnError: true)!);
        var parallel = analysis.GetType().GetInterfaces().SingleOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IParallelAnalysis<>));
        if (parallel is null)
        {
            return; // runs on the calling thread only: nothing to confine
        }

        var confined = Invoke(parallel.GetMethod(nameof(IParallelAnalysis<object>.WithMaxDegreeOfParallelism))!, analysis, (int?)1)!;

        Assert.Equal(1, parallel.GetProperty(nameof(IParallelAnalysis<object>.MaxDegreeOfParallelism))!.GetValue(confined));
        Assert.Equal(KeyOf(analysis), KeyOf(confined));
    }

    private static IEnumerable<Type> AnalysisTypes() =>
        typeof(IAnalysis<>).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Any(IsAnalysisInterface))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static bool IsAnalysisInterface(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IAnalysis<>);

    private static Type AnalysisInterface(Type type) => type.GetInterfaces().Single(IsAnalysisInterface);

    private static string KeyOf(object analysis) =>
        string.Join(
            ";",
            ((IEnumerable<KeyValuePair<string, object?>>)Invoke(AnalysisInterface(analysis.GetType()).GetMethod(nameof(IAnalysis<object>.KeyParameters))!, analysis)!)
                .Select(p => $"{p.Key}={p.Value}"));

    /// <summary>The analysis from its widest public constructor (a record's primary one), each parameter given <see cref="ValidValue"/>.</summary>
    private static object Build(Type type)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        return constructor.Invoke([.. constructor.GetParameters().Select(ValidValue)]);
    }

    /// <summary>
    /// Null where the parameter allows it (an optional filter or setting left out), otherwise a plain in-range value by
    /// type; a parameter of any other type fails the test, so whoever adds such an analysis says here what to pass.
    /// </summary>
    private static object? ValidValue(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        if (Nullable.GetUnderlyingType(type) is not null || Nullability.Create(parameter).WriteState == NullabilityState.Nullable)
        {
            return null;
        }

        if (type.IsEnum)
        {
            return Enum.GetValues(type).GetValue(0);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) && type.GetGenericArguments()[0].IsEnum)
        {
            var values = Enum.GetValues(type.GetGenericArguments()[0]);
            var list = Array.CreateInstance(type.GetGenericArguments()[0], values.Length);
            values.CopyTo(list, 0);
            return list;
        }

        return type switch
        {
            _ when type == typeof(int) => 5,
            _ when type == typeof(double) => 0.5,
            _ when type == typeof(bool) => false,
            _ when type == typeof(DateOnly) => new DateOnly(2025, 6, 30),
            _ => throw new NotSupportedException($"Say in {nameof(AnalysisCancellationTests)} what a valid {type.Name} for '{parameter.Name}' of {parameter.Member.DeclaringType?.Name} is."),
        };
    }

    /// <summary>Calls <paramref name="method"/>, rethrowing what it threw rather than reflection's wrapper.</summary>
    private static object? Invoke(MethodInfo method, object target, params object?[] arguments)
    {
        try
        {
            return method.Invoke(target, arguments);
        }
        catch (TargetInvocationException invocation) when (invocation.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(invocation.InnerException).Throw();
            throw;
        }
    }
}
