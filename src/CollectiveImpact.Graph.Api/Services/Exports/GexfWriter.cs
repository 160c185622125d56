using System.Xml;

namespace CollectiveImpact.Graph.Api.Services.Exports;

/// <summary>
/// Writes a <see cref="GraphFile"/> as GEXF 1.3 (https://gexf.net/, the format Gephi reads natively): one static
/// undirected graph, each node with its id and label (the name) and attribute values for <c>kind</c>, <c>sector</c>
/// (when it has one), <c>communityLed</c> (organizations) and each measure asked for; each edge with its weight (the
/// projection's: how many connections it stands for) and a <c>relations</c> value (what they are, ';'-separated).
/// NetworkX reads it with <c>read_gexf</c>.
/// </summary>
public static class GexfWriter
{
    public const string ContentType = "application/gexf+xml";

    private const string Namespace = "http://gexf.net/1.3";

    public static void Write(XmlWriter xml, GraphFile file, CancellationToken cancellationToken = default)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("gexf", Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        xml.WriteAttributeString("xsi", "schemaLocation", null, "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd");
        xml.WriteAttributeString("version", "1.3");

        xml.WriteStartElement("meta", Namespace);
        xml.WriteAttributeString("lastmodifieddate", file.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteElementString("creator", Namespace, "CollectiveImpact.Graph");
        xml.WriteElementString(
            "description",
            Namespace,
            $"{file.Projection.Kind.ToString().ToUpperInvariant()} projection as of {file.AsOf:yyyy-MM-dd}, network version {file.NetworkVersion}");
        xml.WriteEndElement();

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("defaultedgetype", "undirected");
        xml.WriteAttributeString("mode", "static");

        // Node attributes by id: 0 kind, 1 sector, 2 communityLed, then one per measure.
        xml.WriteStartElement("attributes", Namespace);
        xml.WriteAttributeString("class", "node");
        Attribute(xml, "0", "kind", "string");
        Attribute(xml, "1", "sector", "string");
        Attribute(xml, "2", "communityLed", "boolean");
        for (var m = 0; m < file.Measures.Count; m++)
        {
            Attribute(xml, (3 + m).ToString(System.Globalization.CultureInfo.InvariantCulture), GraphFile.AttributeName(file.Measures[m].Measure), "double");
        }

        xml.WriteEndElement();
        xml.WriteStartElement("attributes", Namespace);
        xml.WriteAttributeString("class", "edge");
        Attribute(xml, "0", "relations", "string");
        xml.WriteEndElement();

        var projection = file.Projection;
        var ids = projection.Graph.NodeIds;
        xml.WriteStartElement("nodes", Namespace);
        foreach (var node in file.Nodes)
        {
            ExportDeadline.CheckEvery(node, cancellationToken);
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", ids[node]);
            xml.WriteAttributeString("label", projection.NodeNames[node]);
            xml.WriteStartElement("attvalues", Namespace);
            Value(xml, "0", file.KindOf(node));
            if (file.SectorOf(node) is { } sector)
            {
                Value(xml, "1", sector);
            }

            if (file.CommunityLedOf(node) is { } communityLed)
            {
                Value(xml, "2", communityLed);
            }

            for (var m = 0; m < file.Measures.Count; m++)
            {
                Value(xml, (3 + m).ToString(System.Globalization.CultureInfo.InvariantCulture), GraphMLWriter.Number(file.Measures[m].Scores[node]));
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();

        var edges = projection.Graph.Edges;
        xml.WriteStartElement("edges", Namespace);
        foreach (var e in file.Edges())
        {
            ExportDeadline.CheckEvery(e, cancellationToken);
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", e.ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("source", ids[edges[e].U]);
            xml.WriteAttributeString("target", ids[edges[e].V]);
            xml.WriteAttributeString("weight", GraphMLWriter.Number(edges[e].Weight));
            xml.WriteStartElement("attvalues", Namespace);
            Value(xml, "0", file.RelationsOf(e));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Attribute(XmlWriter xml, string id, string title, string type)
    {
        xml.WriteStartElement("attribute", Namespace);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("title", title);
        xml.WriteAttributeString("type", type);
        xml.WriteEndElement();
    }

    private static void Value(XmlWriter xml, string attribute, string value)
    {
        xml.WriteStartElement("attvalue", Namespace);
        xml.WriteAttributeString("for", attribute);
        xml.WriteAttributeString("value", value);
        xml.WriteEndElement();
    }
}
