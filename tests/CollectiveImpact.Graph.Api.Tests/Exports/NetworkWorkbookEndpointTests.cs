using System.Net;
using System.Text.Json;
using CollectiveImpact.Graph.Api.Auth;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;
using CollectiveImpact.Graph.Store.Storage;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.DependencyInjection;

namespace CollectiveImpact.Graph.Api.Tests.Exports;

/// <summary>
/// <c>/export/network.xlsx</c> on the sample: the workbook passes the Open XML SDK's schema validation, and every
/// sheet's rows are the stored network's entries, field by field, read back with the SDK and compared with the domain
/// records read straight from the store.
/// </summary>
public sealed class NetworkWorkbookEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Export_AsBackbone_HoldsEveryEntryOfTheStoredNetworkSheetBySheet()
    {
        using var response = await factory.CreateClient().GetAsync("/export/network.xlsx");
        var sheets = await ReadAsync(response);
        var network = (await factory.Services.GetRequiredService<INetworkStore>().ReadSnapshotAsync(CancellationToken.None)).Network;

        Assert.Equal(["Initiative", "Goals", "Indicators", "Measurements", "Organizations", "People", "Activities", "Ties"], sheets.Keys);
        Assert.Equal([network.Initiative!.Id, network.Initiative.Name], sheets["Initiative"].Single().Take(2).Select(c => c.Text));
        Assert.Equal(network.Goals.Select(g => g.Id), sheets["Goals"].Select(r => r[0].Text));
        Assert.Equal(network.Indicators.Select(i => (i.Id, i.Goal, i.Direction.ToString().ToUpperInvariant(), i.Baseline?.Value, i.Baseline?.Date)),
            sheets["Indicators"].Select(r => (r[0].Text, r[2].Text, r[4].Text, r[5].Number, r[6].Date)));
        Assert.Equal(network.Measurements.Select(m => (m.Indicator, (DateOnly?)m.Date, (double?)m.Value)),
            sheets["Measurements"].Select(r => (r[0].Text, r[1].Date, r[2].Number)));
        Assert.Equal(network.Organizations.Select(o => (o.Id, o.Name, o.Sector?.ToString().ToUpperInvariant() ?? string.Empty, (bool?)o.CommunityLed, string.Join("; ", o.Goals), o.Since, o.Until)),
            sheets["Organizations"].Select(r => (r[0].Text, r[1].Text, r[2].Text, r[3].Flag, r[4].Text, r[5].Date, r[6].Date)));
        Assert.Equal(network.People.Select(p => (p.Id, p.Organization ?? string.Empty, p.Email ?? string.Empty, (bool?)p.CommunityMember)),
            sheets["People"].Select(r => (r[0].Text, r[2].Text, r[4].Text, r[5].Flag)));
        Assert.Equal(network.Activities.Select(a => (a.Id, a.Lead, string.Join("; ", a.Partners), string.Join("; ", a.Indicators), a.Start, a.End)),
            sheets["Activities"].Select(r => (r[0].Text, r[2].Text, r[3].Text, r[4].Text, r[8].Date, r[9].Date)));
        Assert.Equal(network.Ties.Select(t => (t.From, t.To, t.Type.ToString(), t.Weight, t.Since, t.Until)),
            sheets["Ties"].Select(r => (r[0].Text, r[1].Text, string.Concat(r[2].Text.Split('_').Select(w => w[0] + w[1..].ToLowerInvariant())), r[3].Number, r[4].Date, r[5].Date)));
        Assert.Contains(network.People, p => p.Email is not null);
    }

    [Fact]
    public async Task Export_EnumColumns_OfferTheAllowedValuesAsADropDown()
    {
        using var response = await factory.CreateClient().GetAsync("/export/network.xlsx");
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), isEditable: false);
        var organizations = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Organizations");

        var validation = Assert.Single(((WorksheetPart)workbook.WorkbookPart.GetPartById(organizations.Id!)).Worksheet.Descendants<DataValidation>());

        Assert.Equal(DataValidationValues.List, validation.Type?.Value);
        Assert.Equal("C2:C1048576", validation.SequenceOfReferences?.InnerText);
        Assert.Equal("\"NONPROFIT,GOVERNMENT,BUSINESS,PHILANTHROPY,EDUCATION,HEALTH,COMMUNITY,FAITH,RESEARCH,OTHER\"", validation.Formula1?.Text);
    }

    [Fact]
    public async Task Export_AsOfADate_HoldsTheNetworkAsOfThatDate()
    {
        var date = new DateOnly(2023, 6, 30);

        using var response = await factory.CreateClient().GetAsync("/export/network.xlsx?asOf=2023-06-30");
        var sheets = await ReadAsync(response);
        var then = (await LibraryReference.SnapshotAsync(factory, date)).Network;

        Assert.Contains("network-2023-06-30.xlsx", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        Assert.Equal(then.Ties.Count, sheets["Ties"].Count);
        Assert.Equal(then.Activities.Select(a => a.Id), sheets["Activities"].Select(r => r[0].Text));
    }

    /// <summary>The zip of CSV files holds the workbook's sheets, one file each, cell for cell.</summary>
    [Fact]
    public async Task Export_Zip_HoldsOneCsvPerSheetEqualToTheWorkbook()
    {
        var client = factory.CreateClient();
        using var xlsx = await client.GetAsync("/export/network.xlsx");
        using var zip = await client.GetAsync("/export/network.zip");
        var workbook = WorkbookReader.Read(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, zip.StatusCode);
        Assert.Equal("application/zip", zip.Content.Headers.ContentType?.MediaType);
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(await zip.Content.ReadAsByteArrayAsync()));

        Assert.Equal(workbook.Keys.Select(name => $"{name}.csv"), archive.Entries.Select(e => e.FullName));
        foreach (var entry in archive.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            var csv = CsvReader.Read(await reader.ReadToEndAsync());
            var sheet = workbook[entry.Name[..^4]];
            Assert.Equal(sheet.Count, csv.Count);
            for (var r = 0; r < csv.Count; r++)
            {
                Assert.Equal(sheet[r].Select(Text), csv[r]);
            }
        }
    }

    /// <summary>A workbook cell as the CSV writes it: dates YYYY-MM-DD, flags true/false, numbers in full precision.</summary>
    private static string Text(CellRead cell) =>
        cell.Date is { } date ? date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
        : cell.Number is { } number ? number.ToString("R", System.Globalization.CultureInfo.InvariantCulture)
        : cell.Text;

    [Theory]
    [InlineData(Roles.Evaluator)]
    [InlineData(Roles.Dashboard)]
    [InlineData(Roles.Partner)]
    public async Task Export_AsAnotherRole_IsForbiddenAndSaysWhy(string role)
    {
        var client = factory.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", factory.CreateKey(role, $"Workbook {role}", role == Roles.Partner ? "o-riverbend-health" : null));

        using var response = await client.GetAsync("/export/network.xlsx");
        using var zip = await client.GetAsync("/export/network.zip");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, zip.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("The network workbook holds personal contact data (e-mail): backbone only", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    /// <summary>Each sheet's data rows (the header row left out).</summary>
    private static async Task<Dictionary<string, List<CellRead[]>>> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WorkbookReader.Read(await response.Content.ReadAsByteArrayAsync()).ToDictionary(s => s.Key, s => s.Value.Skip(1).ToList());
    }
}
