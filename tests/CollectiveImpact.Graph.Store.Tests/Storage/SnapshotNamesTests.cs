using CollectiveImpact.Graph.Store.Storage;

namespace CollectiveImpact.Graph.Store.Tests.Storage;

/// <summary>Which names a snapshot may have, and what the refusal says (the rule is stated on <see cref="SnapshotNames"/>).</summary>
public sealed class SnapshotNamesTests
{
    [Theory]
    [InlineData("Baseline 2024")]
    [InlineData("Survey round 2 (close), 2025-06-30")]
    [InlineData("Before REPLACE import 2026-12-02 16:20:05.123")]
    [InlineData("Équipe #3 & partners / Q4")]
    [InlineData("x")]
    public void Problem_AllowedName_IsNull(string name) => Assert.Null(SnapshotNames.Problem(name));

    [Theory]
    [InlineData("", "must not be empty")]
    [InlineData(" Baseline", "starts with a letter or digit")]
    [InlineData("-Baseline", "starts with a letter or digit")]
    [InlineData("Baseline ", "does not end with a space")]
    [InlineData("Base\"line", "'\"' at position 5")]
    [InlineData("Base\nline", "U+000A at position 5")]
    [InlineData("Base<script>", "'<' at position 5")]
    public void Problem_RefusedName_SaysWhy(string name, string expected)
    {
        var problem = SnapshotNames.Problem(name);

        Assert.NotNull(problem);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_TooLong_SaysTheLimitAndTheLength()
    {
        var problem = SnapshotNames.Problem(new string('a', SnapshotNames.MaxLength + 1));

        Assert.Contains($"at most {SnapshotNames.MaxLength} characters", problem, StringComparison.Ordinal);
        Assert.Contains($"has {SnapshotNames.MaxLength + 1}", problem, StringComparison.Ordinal);
        Assert.Null(SnapshotNames.Problem(new string('a', SnapshotNames.MaxLength)));
    }

    [Fact]
    public void Key_NamesDifferingOnlyInCase_AreTheSame() =>
        Assert.Equal(SnapshotNames.Key("Baseline 2024"), SnapshotNames.Key("bASELINE 2024"));
}
