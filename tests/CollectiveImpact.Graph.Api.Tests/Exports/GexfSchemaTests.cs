using System.Xml;
using CollectiveImpact.Graph.Api.Tests.Infrastructure;

namespace CollectiveImpact.Graph.Api.Tests.Exports;

/// <summary>
/// The GEXF export validated against GEXF 1.3's published XML Schema (gexf.xsd, dynamics.xsd and viz.xsd of
/// https://github.com/gephi/gexf, specs/1.3; CC BY 4.0). The schema is not part of this repository and this machine has
/// no internet access: the test reads it from the folder <c>GEXF_XSD_DIR</c> names, and is skipped, saying so, without.
/// </summary>
public sealed class GexfSchemaTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [GexfSchemaFact]
    public async Task Export_Gexf_ValidatesAgainstThePublished13Schema()
    {
        // A control first: the schema set does reject what GEXF 1.3 does not allow (a wrong version, an unknown element).
        Assert.NotEmpty(Validate(new MemoryStream("""<gexf xmlns="http://gexf.net/1.3" version="9.9"><graph><nodes><node id="a"><colour/></node></nodes></graph></gexf>"""u8.ToArray())));

        foreach (var query in new[] { "projection=FULL&measures=DEGREE,PAGE_RANK,EIGENVECTOR", "projection=ORGANIZATIONS", "projection=PEOPLE&asOf=2023-06-30" })
        {
            using var response = await factory.CreateClient().GetAsync($"/export/graph.gexf?{query}");

            var errors = Validate(await response.Content.ReadAsStreamAsync());

            Assert.True(errors.Count == 0, $"{query}: {string.Join("\n", errors.Take(10))}");
        }
    }

    private static List<string> Validate(Stream gexf)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, DtdProcessing = DtdProcessing.Prohibit };
        // The schema's parts include and import each other by relative file names: let the set read local files.
        settings.Schemas.XmlResolver = new XmlUrlResolver();
        settings.Schemas.Add("http://gexf.net/1.3", Path.Combine(GexfSchemaFactAttribute.Folder!, "gexf.xsd"));
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} at {e.Exception?.LineNumber}:{e.Exception?.LinePosition}: {e.Message}");
        using var reader = XmlReader.Create(gexf, settings);
        while (reader.Read())
        {
        }

        return errors;
    }
}

/// <summary>Skipped, saying why, unless <c>GEXF_XSD_DIR</c> names a folder holding GEXF 1.3's gexf.xsd, dynamics.xsd and viz.xsd.</summary>
public sealed class GexfSchemaFactAttribute : FactAttribute
{
    public static string? Folder =>
        Environment.GetEnvironmentVariable("GEXF_XSD_DIR") is { Length: > 0 } folder && File.Exists(Path.Combine(folder, "gexf.xsd")) ? folder : null;

    public GexfSchemaFactAttribute()
    {
        if (Folder is null)
        {
            Skip = "GEXF 1.3's XML Schema is not available (no internet here, and it is not kept in this repository): set GEXF_XSD_DIR to a folder with gexf.xsd, dynamics.xsd and viz.xsd from https://github.com/gephi/gexf/tree/master/specs/1.3 to validate the GEXF export against it.";
        }
    }
}
