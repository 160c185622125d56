using CollectiveImpact.Graph.Api.Services.Exports;

namespace CollectiveImpact.Graph.Api.Tests.Services.Exports;

/// <summary>RFC 4180 quoting, invariant numbers, and text that a spreadsheet would run as a formula defused (OWASP's CSV injection advice).</summary>
public sealed class CsvTableWriterTests
{
    [Fact]
    public void Write_CellsOfEveryKind_QuotesWhatNeedsItAndDefusesFormulas()
    {
        var table = new FindingsTable(
            "Test",
            new DateOnly(2026, 12, 3),
            7,
            ["Name", "Score", "Rank", "Flag", "Empty"],
            [
                ["Plain", 0.1, 3, true, null],
                ["Comma, and \"quotes\"", -2.5, -1, false, null],
                ["=HYPERLINK(\"http://x\")", 1e-7, 0, true, null],
                ["+1", 2.0, 1, false, "@SUM(A1)"],
                ["line\r\nbreak", double.MaxValue, int.MinValue, true, "-minus"],
            ]);
        using var text = new StringWriter();

        CsvTableWriter.Write(text, table);

        Assert.Equal(
            "Name,Score,Rank,Flag,Empty\r\n" +
            "Plain,0.1,3,true,\r\n" +
            "\"Comma, and \"\"quotes\"\"\",-2.5,-1,false,\r\n" +
            "\"'=HYPERLINK(\"\"http://x\"\")\",1E-07,0,true,\r\n" +
            "'+1,2,1,false,'@SUM(A1)\r\n" +
            "\"line\r\nbreak\",1.7976931348623157E+308,-2147483648,true,'-minus\r\n",
            text.ToString());
    }

    /// <summary>What the writer defuses, the import's reader (<c>CsvSheetReader</c>) restores: every text comes back as it was.</summary>
    [Theory]
    [InlineData("=SUM(A1)")]
    [InlineData("'quoted already")]
    [InlineData("''twice")]
    [InlineData("'=quoted formula")]
    [InlineData("''-two apostrophes and a minus")]
    [InlineData("'Kindy' leads the working group")]
    [InlineData("-minus")]
    [InlineData("@home")]
    [InlineData("\ttab")]
    [InlineData("a, \"b\"\r\nc")]
    [InlineData("plain")]
    public void Write_ThenReadBack_GivesEveryTextAsItWas(string value)
    {
        using var text = new StringWriter();
        CsvTableWriter.Write(text, new WorkbookSheet("Goals", [new("ID"), new("Name")], [["g-1", value]]));

        var sheet = Api.Services.Imports.CsvSheetReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text.ToString())), "Goals", CancellationToken.None);
        var rows = sheet.Rows.ToList();

        Assert.Equal(value, rows[1].Cells[1]);
    }

    [Theory]
    [InlineData("=x", "'=x")]
    [InlineData("'=x", "''=x")]
    [InlineData("'Kindy' leads", "'Kindy' leads")]
    [InlineData("''", "''")]
    [InlineData("plain", "plain")]
    public void Field_DefusesOnlyWhatASpreadsheetWouldRun(string value, string written) =>
        Assert.Equal(written, CsvTableWriter.Field(value));
}
