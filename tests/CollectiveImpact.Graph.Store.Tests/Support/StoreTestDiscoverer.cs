using Xunit.Abstractions;
using Xunit.Sdk;

namespace CollectiveImpact.Graph.Store.Tests.Support;

/// <summary>
/// Shared by the two discoverers: when the concrete test class needs a server that cannot be had, one test case
/// that reports SKIPPED with the reason; otherwise whatever xUnit's own discoverer finds.
/// </summary>
public static class StoreTestDiscoverer
{
    public static IEnumerable<IXunitTestCase> Discover(
        IMessageSink sink,
        ITestFrameworkDiscoveryOptions options,
        ITestMethod method,
        Func<IEnumerable<IXunitTestCase>> discoverNormally)
    {
        var needsNeo4j = method.TestClass.Class.GetCustomAttributes(typeof(RequiresNeo4jAttribute)).Any();
        if (needsNeo4j && Neo4jTestServer.SkipReason is { } reason)
        {
            return [new SkippedTestCase(sink, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(), method, reason)];
        }

        return discoverNormally();
    }
}

/// <summary>Discovers [StoreFact] tests.</summary>
public sealed class StoreFactDiscoverer(IMessageSink sink) : IXunitTestCaseDiscoverer
{
    private readonly FactDiscoverer inner = new(sink);

    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions options, ITestMethod method, IAttributeInfo attribute) =>
        StoreTestDiscoverer.Discover(sink, options, method, () => inner.Discover(options, method, attribute));
}

/// <summary>Discovers [StoreTheory] tests.</summary>
public sealed class StoreTheoryDiscoverer(IMessageSink sink) : IXunitTestCaseDiscoverer
{
    private readonly TheoryDiscoverer inner = new(sink);

    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions options, ITestMethod method, IAttributeInfo attribute) =>
        StoreTestDiscoverer.Discover(sink, options, method, () => inner.Discover(options, method, attribute));
}

/// <summary>A test case that always reports SKIPPED with a reason decided at discovery (serializable, as runners require).</summary>
public sealed class SkippedTestCase : XunitTestCase
{
    private string reason = "";

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public SkippedTestCase()
    {
    }

    public SkippedTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions displayOptions, ITestMethod method, string reason)
        : base(sink, display, displayOptions, method)
    {
        this.reason = reason;
    }

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("SkipReasonText", reason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        reason = data.GetValue<string>("SkipReasonText");
        base.Deserialize(data);
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) => reason;
}
