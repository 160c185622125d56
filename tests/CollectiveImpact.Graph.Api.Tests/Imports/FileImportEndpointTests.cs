using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;
using CollectiveImpact.Graph.Store.Documents;
using CollectiveImpact.Graph.Store.Generation;
using CollectiveImpact.Graph.Store.Storage;
using Microsoft.Extensions.DependencyInjection;
using static CollectiveImpact.Graph.Api.Tests.Imports.ExcelLikeWorkbook;

namespace CollectiveImpact.Graph.Api.Tests.Imports;

/// <summary>
/// <c>POST /import</c> (docs/import.md, "Spreadsheets"): the network workbook exported and imported again gives back
/// the same network, its canonical JSON byte for byte, on the sample and on generated networks, as Excel and as a zip
/// of CSV files, into an empty service; a workbook as Excel saves one reads the same way; every problem is named by
/// sheet, row and column with what is allowed, all at once, and nothing is written.
/// </summary>
public sealed class FileImportEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly Dictionary<string, string?> EmptyStore = new() { ["Sample:LoadOnEmptyStore"] = "false" };

    [Theory]
    [InlineData("/export/network.xlsx")]
    [InlineData("/export/network.zip")]
    public async Task ExportThenImport_IntoAnEmptyService_GivesBackTheSampleByteForByte(string export)
    {
        var file = await (await factory.CreateClient().GetAsync(export)).Content.ReadAsByteArrayAsync();
        using var empty = new ConfiguredApiFactory(EmptyStore);

        using var response = await Post(empty.CreateClient(), file, "mode=REPLACE");
        var answer = await Ok(response);

        Assert.False(answer.GetProperty("dryRun").GetBoolean());
        Assert.Equal(300, answer.GetProperty("changes").GetProperty("people").GetProperty("added").GetInt32());
        Assert.Equal(await CanonicalAsync(factory), await CanonicalAsync(empty));
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    public async Task ExportThenImport_OfAGeneratedNetwork_GivesItBackByteForByte(int seed, bool csv)
    {
        var network = NetworkGenerator.Generate(new NetworkGeneratorOptions { Seed = seed, Organizations = 60, PeoplePerOrganization = 4 });
        using var source = new ConfiguredApiFactory(EmptyStore);
        await Ok(await Post(source.CreateClient(), NetworkDocumentWriter.Write(network), "mode=REPLACE&format=json"));
        var file = await (await source.CreateClient().GetAsync(csv ? "/export/network.zip" : "/export/network.xlsx")).Content.ReadAsByteArrayAsync();
        using var target = new ConfiguredApiFactory(EmptyStore);

        await Ok(await Post(target.CreateClient(), file, "mode=REPLACE"));

        Assert.Equal(NetworkDocumentWriter.Write(network), await CanonicalAsync(target));
    }

    /// <summary>The template: a Read me sheet explaining every column, then the sample's first rows, which import as they are.</summary>
    [Fact]
    public async Task Template_ExplainsEveryColumnAndItsExampleRowsImportIntoAnEmptyService()
    {
        using var response = await factory.CreateClient().GetAsync("/export/template.xlsx");
        var file = await response.Content.ReadAsByteArrayAsync();
        var sheets = Exports.WorkbookReader.Read(file);
        using var empty = new ConfiguredApiFactory(EmptyStore);

        var answer = await Ok(await Post(empty.CreateClient(), file, "mode=REPLACE"));
        var network = (await empty.Services.GetRequiredService<INetworkStore>().ReadSnapshotAsync(CancellationToken.None)).Network;
        var sample = (await factory.Services.GetRequiredService<INetworkStore>().ReadSnapshotAsync(CancellationToken.None)).Network;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Read me", "Initiative", "Goals", "Indicators", "Measurements", "Organizations", "People", "Activities", "Ties"], sheets.Keys);
        Assert.Equal(Api.Services.Exports.WorkbookLayout.Kinds.Sum(k => k.Fields.Count) + 2, sheets["Read me"].Count);
        Assert.Contains(sheets["Read me"], r => r[0].Text == "Organizations" && r[1].Text == "Sector" && r[4].Text.Contains("HEALTH", StringComparison.Ordinal));
        Assert.Equal(["Read me"], answer.GetProperty("ignoredSheets").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(sample.Initiative, network.Initiative);
        Assert.Equal(5, network.Organizations.Count);
        Assert.All(network.Organizations, o => Assert.Contains(sample.Organizations, s => s.Id == o.Id && s.Name == o.Name));
        Assert.True(network.People.Count > 0 && network.Activities.Count > 0 && network.Ties.Count > 0 && network.Measurements.Count > 0);
    }

    [Fact]
    public async Task Import_OfTheSameWorkbook_DryRun_FindsNothingToChangeAndWritesNothing()
    {
        var client = factory.CreateClient();
        var file = await (await client.GetAsync("/export/network.xlsx")).Content.ReadAsByteArrayAsync();
        var before = await VersionAsync(factory);

        var answer = await Ok(await Post(client, file, "mode=REPLACE&dryRun=true"));

        Assert.True(answer.GetProperty("dryRun").GetBoolean());
        Assert.Equal("XLSX", answer.GetProperty("format").GetString());
        foreach (var kind in answer.GetProperty("changes").EnumerateObject().Where(k => k.Value.ValueKind == JsonValueKind.Object && k.Value.TryGetProperty("added", out _)))
        {
            Assert.Equal(0, kind.Value.GetProperty("added").GetInt32() + kind.Value.GetProperty("changed").GetInt32() + kind.Value.GetProperty("removed").GetInt32());
        }

        Assert.Equal(["Initiative", "Goals", "Indicators", "Measurements", "Organizations", "People", "Activities", "Ties"],
            answer.GetProperty("sheets").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(638, answer.GetProperty("sheets")[7].GetProperty("entries").GetInt32());
        Assert.Equal(before, await VersionAsync(factory));
    }

    /// <summary>Imports sent together are read one at a time (ImportGate) and each answered in full.</summary>
    [Fact]
    public async Task Import_SentFourAtOnce_AreEachAnswered()
    {
        var client = factory.CreateClient();
        var file = await (await client.GetAsync("/export/network.zip")).Content.ReadAsByteArrayAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Post(client, file, "mode=REPLACE&dryRun=true")));

        foreach (var answer in answers)
        {
            Assert.Equal(638, (await Ok(answer)).GetProperty("written").GetProperty("ties").GetInt32());
        }
    }

    /// <summary>
    /// A workbook typed in Excel: shared strings and rich text, dates as dates, a date typed as text, numbers typed as
    /// text, flags as booleans and as "yes", enums in lower case with spaces, a list with stray spaces, sheets in
    /// another order, a "Read me" sheet, a British sheet name and headers spelled the JSON way.
    /// </summary>
    [Fact]
    public async Task Import_OfAWorkbookAsExcelSavesIt_ReadsEveryKindOfCell()
    {
        var file = Create(
            ("Read me", [["This workbook lists our partners."]]),
            ("Organisations",
            [
                ["ID", "Name", "sector", "communityLed", "Goals", "Since"],
                ["o-a", new RichText("Alpha ", "Health"), "health", true, "g-1 ;  g-2", new DateOnly(2021, 3, 4)],
                ["o-b", "Beta", "Community", "yes", null, "2022-05-06"],
                [null, null, null, null, null, null],
                ["o-c", "Gamma", null, false, "g-2", null],
            ]),
            ("Goals", [["ID", "Name"], ["g-1", "Ready for school"], ["g-2", "Into work"]]),
            ("Ties", [["From", "To", "Type", "Weight", "Since", "Until"], ["o-a", "o-b", "shares data", "2.5", new DateOnly(2023, 1, 2), null], ["o-b", "o-c", "COLLABORATES", 3d, null, "2024-12-31T00:00:00"]]),
            ("Initiative", [["ID", "Name", "Backbone"], ["init", "Test initiative", "o-a"]]));
        using var empty = new ConfiguredApiFactory(EmptyStore);

        var answer = await Ok(await Post(empty.CreateClient(), file, "mode=REPLACE"));
        var network = (await empty.Services.GetRequiredService<INetworkStore>().ReadSnapshotAsync(CancellationToken.None)).Network;

        Assert.Equal(["Read me"], answer.GetProperty("ignoredSheets").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(("Organisations", "Organizations", 3), answer.GetProperty("sheets").EnumerateArray().Select(s => (s.GetProperty("name").GetString(), s.GetProperty("readAs").GetString(), s.GetProperty("entries").GetInt32())).First());
        var alpha = network.Organizations[0];
        Assert.Equal(("o-a", "Alpha Health", Store.Domain.Sector.Health, true, new DateOnly(2021, 3, 4)), (alpha.Id, alpha.Name, alpha.Sector, alpha.CommunityLed, alpha.Since));
        Assert.Equal(["g-1", "g-2"], alpha.Goals);
        Assert.Equal((true, new DateOnly(2022, 5, 6), (IReadOnlyList<string>)[]), (network.Organizations[1].CommunityLed, network.Organizations[1].Since, network.Organizations[1].Goals));
        Assert.Equal(["o-a", "o-b", "o-c"], network.Organizations.Select(o => o.Id));
        Assert.Equal((Store.Domain.TieType.SharesData, 2.5, new DateOnly(2023, 1, 2)), (network.Ties[0].Type, network.Ties[0].Weight, network.Ties[0].Since));
        Assert.Equal((3d, new DateOnly(2024, 12, 31)), (network.Ties[1].Weight, network.Ties[1].Until));
        Assert.Equal("o-a", network.Initiative?.Backbone);
    }

    /// <summary>Every problem at once, each by sheet, row, column and cell, in words, with the nearest allowed value or ID.</summary>
    [Fact]
    public async Task Import_WithMistakes_NamesEachCellSaysWhatIsAllowedAndWritesNothing()
    {
        var client = factory.CreateClient();
        var sheets = await SheetsAsync(client);
        Set(sheets["Organizations"], 13, "Sector", "Helth");
        Set(sheets["Organizations"], 5, "Since", "3/1/2024");
        Set(sheets["Organizations"], 7, "Community-led", "maybe");
        Set(sheets["Ties"], 3, "Weight", "abc");
        Set(sheets["Ties"], 4, "From", "o-backbon");
        Set(sheets["Activities"], 2, "Partners", Get(sheets["Activities"], 2, "Partners") + "; o-city-councl");
        Set(sheets["Goals"], 2, "ID", string.Empty);
        var before = await VersionAsync(factory);

        using var response = await Post(client, Zip(sheets), "mode=MERGE");
        var problems = await ProblemsAsync(response);

        Assert.Equal(before, await VersionAsync(factory));
        Assert.Contains("Organizations!C14: Sector 'Helth' is not one of NONPROFIT, GOVERNMENT, BUSINESS, PHILANTHROPY, EDUCATION, HEALTH, COMMUNITY, FAITH, RESEARCH, OTHER; did you mean HEALTH?", problems);
        Assert.Contains("Organizations!F6: Since '3/1/2024' is not a date; type a date, or text written YYYY-MM-DD (2024-03-01).", problems);
        Assert.Contains("Organizations!D8: Community-led 'maybe' is neither TRUE nor FALSE (yes, no, 1 and 0 are read too; empty is FALSE).", problems);
        Assert.Contains("Ties!D4: Weight 'abc' is not a number.", problems);
        Assert.Contains(problems, p => p.StartsWith("Ties!A5: ", StringComparison.Ordinal) && p.EndsWith("did you mean 'o-backbone'?", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Activities!D3: ", StringComparison.Ordinal) && p.Contains("'o-city-councl'", StringComparison.Ordinal) && p.EndsWith("did you mean 'o-city-council'?", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Goals!A3: ID is empty; every row of this sheet needs one", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Contains("$.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_WithWrongHeadersOrSheets_NamesThemAndChecksNoRow()
    {
        var file = Create(
            ("Organizatons", [["ID", "Name"], ["o-x", "X"]]),
            ("Goals", [["ID", "Nmae", "Descripton", null, "Owner"], ["g-x", "Goal", "About", "stray", "someone"]]),
            ("Ties", [["From", "Type"], ["o-a", "COLLABORATES"]]));

        using var response = await Post(factory.CreateClient(), file, "mode=MERGE&dryRun=true");
        var problems = await ProblemsAsync(response);

        Assert.Equal(
        [
            "Organizatons: the import reads no sheet of this name; did you mean Organizations? The sheets it reads are Initiative, Goals, Indicators, Measurements, Organizations, People, Activities, Ties; rename the sheet, or rename it to something else to leave it out.",
            "Goals!B1: the Goals sheet has no column 'Nmae'; did you mean Name? Its columns are ID, Name, Description.",
            "Goals!C1: the Goals sheet has no column 'Descripton'; did you mean Description? Its columns are ID, Name, Description.",
            "Goals!E1: the Goals sheet has no column 'Owner'. Its columns are ID, Name, Description.",
            "Goals row 1: the header has no Name column, which the Goals sheet needs on every row. (The header row is the sheet's first row that is not empty.)",
            "Ties row 1: the header has no To column, which the Ties sheet needs on every row. (The header row is the sheet's first row that is not empty.)",
        ], problems);
    }

    [Fact]
    public async Task Import_OfCellsWithErrorsOrWithoutHeader_NamesThemBesideTheRowsProblems()
    {
        var file = Create(
            ("Goals", [["ID", "Name", null], ["g-1", new ExcelError("#N/A"), null], ["g-2", "Two", "note to self"], ["g-2", "Again", null]]));

        var problems = await ProblemsAsync(await Post(factory.CreateClient(), file, "mode=MERGE"));

        Assert.Contains("Goals!B2: Name holds the spreadsheet error #N/A; fix the formula or type the value.", problems);
        Assert.Contains(problems, p => p.StartsWith("Goals!C3: 'note to self' is in column C, which has no header", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Goals!A4: ", StringComparison.Ordinal) && p.Contains("Goals row 3", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.StartsWith("Goals!B2: Name is empty", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_OfOneCsvSheet_TakesTheSheetFromTheFileNameAndMerges()
    {
        var client = factory.CreateClient();
        var csv = "ID,Name,Sector,Community-led\r\no-new-csv,\"New, from a CSV\",faith,no\r\n"u8.ToArray();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(csv), "file", "Organizations.csv" } };

        using var dry = await client.PostAsync("/import?dryRun=true", form);
        var answer = await Ok(dry);
        using var replace = await client.PostAsync("/import?mode=REPLACE", new MultipartFormDataContent { { new ByteArrayContent(csv), "file", "Organizations.csv" } });
        using var unnamed = await client.PostAsync("/import", new ByteArrayContent(csv));

        Assert.Equal(1, answer.GetProperty("changes").GetProperty("organizations").GetProperty("added").GetInt32());
        Assert.Equal("CSV", answer.GetProperty("format").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, replace.StatusCode);
        Assert.Contains("REPLACE takes the whole network", await replace.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, unnamed.StatusCode);
        Assert.Contains("sheet: one CSV file is one sheet", await unnamed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_OfASemicolonSeparatedCsvWithABom_Reads()
    {
        var csv = Encoding.UTF8.GetPreamble().Concat("ID;Name;Description\r\ng-semi;Semicolons;\"A; B\"\r\n"u8.ToArray()).ToArray();

        var answer = await Ok(await Post(factory.CreateClient(), csv, "sheet=goals&dryRun=true"));

        Assert.Equal(1, answer.GetProperty("changes").GetProperty("goals").GetProperty("added").GetInt32());
    }

    [Theory]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0 }, "Excel 97–2003 workbook (.xls)")]
    [InlineData(new byte[] { (byte)'P', (byte)'K', 3, 4, 1, 2, 3, 4, 5, 6, 7 }, "starts as a zip")]
    public async Task Import_OfAFileThatIsNoWorkbook_IsRefusedSayingWhat(byte[] file, string expected)
    {
        var problems = await ProblemsAsync(await Post(factory.CreateClient(), file, string.Empty));

        Assert.Contains(expected, Assert.Single(problems), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mode=ADD", "mode: 'ADD' is not MERGE or REPLACE.")]
    [InlineData("dryRun=maybe", "dryRun: 'maybe' is not true or false.")]
    [InlineData("format=pdf", "format: 'pdf' is not one of xlsx, zip, csv, json.")]
    [InlineData("asOf=2024-01-01", "'asOf' is not a parameter of this export")]
    public async Task Import_WithABadParameter_IsRefusedNamingIt(string query, string expected)
    {
        using var response = await Post(factory.CreateClient(), "{}"u8.ToArray(), query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_OfANetworkDocument_NamesProblemsByPath()
    {
        var problems = await ProblemsAsync(await Post(factory.CreateClient(), """{"format":"collective-impact-network/1","goals":[{"id":"g-doc"}]}"""u8.ToArray(), "mode=MERGE"));

        Assert.Equal(["$.goals[0].name: Goal 'g-doc' has no 'name'; it is required."], problems);
    }

    [Theory]
    [InlineData(Roles.Evaluator)]
    [InlineData(Roles.Dashboard)]
    [InlineData(Roles.Partner)]
    public async Task Import_AsAnotherRole_IsForbidden(string role)
    {
        var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", factory.CreateKey(role, $"Import {role}", role == Roles.Partner ? "o-riverbend-health" : null));

        using var response = await Post(client, "{}"u8.ToArray(), string.Empty);
        using var anonymous = await Post(factory.CreateAnonymousClient(), "{}"u8.ToArray(), string.Empty);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Import_LargerThanTheLimit_IsRefusedWith413()
    {
        using var small = new ConfiguredApiFactory(new Dictionary<string, string?> { ["Limits:MaxRequestBytes"] = "2048", ["Limits:MaxImportRequestBytes"] = "4096" });

        using var response = await Post(small.CreateClient(), new byte[5000], "format=json");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Limits:MaxImportRequestBytes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Broken files (bytes flipped in a real workbook and zip) are refused as unreadable or named by cell: never a 500.</summary>
    [Theory]
    [InlineData("/export/network.xlsx", 1)]
    [InlineData("/export/network.xlsx", 2)]
    [InlineData("/export/network.zip", 3)]
    [InlineData("/export/network.zip", 4)]
    public async Task Import_OfACorruptedFile_IsAnsweredWithAProblemAndWritesNothing(string export, int seed)
    {
        var client = factory.CreateClient();
        var file = await (await client.GetAsync(export)).Content.ReadAsByteArrayAsync();
        var random = new Random(seed);
        var before = await VersionAsync(factory);
        for (var round = 0; round < 12; round++)
        {
            var broken = (byte[])file.Clone();
            for (var flips = 0; flips < 1 + (round % 4); flips++)
            {
                broken[random.Next(broken.Length)] = (byte)random.Next(256);
            }

            using var response = await Post(client, broken, "mode=REPLACE&dryRun=true");
            var body = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.UnprocessableEntity or HttpStatusCode.BadRequest, $"round {round}: {response.StatusCode}: {body}");
        }

        Assert.Equal(before, await VersionAsync(factory));
    }

    private static async Task<HttpResponseMessage> Post(HttpClient client, byte[] file, string query)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return await client.PostAsync($"/import?{query}", content);
    }

    private static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<List<string>> ProblemsAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        var problems = problem.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("message").GetString()!).ToList();
        Assert.Equal(problems.Count, problem.RootElement.GetProperty("problemCount").GetInt32());
        return problems;
    }

    private static async Task<byte[]> CanonicalAsync(ApiFactory host) =>
        NetworkDocumentWriter.Write((await host.Services.GetRequiredService<INetworkStore>().ReadSnapshotAsync(CancellationToken.None)).Network);

    private static async Task<long> VersionAsync(ApiFactory host) =>
        (await host.Services.GetRequiredService<INetworkStore>().ReadSnapshotAsync(CancellationToken.None)).Version;

    /// <summary>The network.zip's sheets as rows of CSV fields, the header first.</summary>
    private static async Task<Dictionary<string, List<string[]>>> SheetsAsync(HttpClient client)
    {
        using var archive = new ZipArchive(new MemoryStream(await (await client.GetAsync("/export/network.zip")).Content.ReadAsByteArrayAsync()));
        var sheets = new Dictionary<string, List<string[]>>();
        foreach (var entry in archive.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            sheets[entry.Name[..^4]] = [.. Exports.CsvReader.Read(await reader.ReadToEndAsync()).Select(r => r.ToArray())];
        }

        return sheets;
    }

    private static string Get(List<string[]> sheet, int row, string header) => sheet[row][Array.IndexOf(sheet[0], header)];

    private static void Set(List<string[]> sheet, int row, string header, string value) => sheet[row][Array.IndexOf(sheet[0], header)] = value;

    private static byte[] Zip(Dictionary<string, List<string[]>> sheets)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, rows) in sheets)
            {
                using var writer = new StreamWriter(zip.CreateEntry($"{name}.csv").Open());
                foreach (var row in rows)
                {
                    writer.Write(string.Join(',', row.Select(f => f.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{f.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : f)) + "\r\n");
                }
            }
        }

        return stream.ToArray();
    }
}
