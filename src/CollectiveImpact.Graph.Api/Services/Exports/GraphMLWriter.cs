using System.Globalization;
using System.Xml;

namespace CollectiveImpact.Graph.Api.Services.Exports;

/// <summary>
/// Writes a <see cref="GraphFile"/> as GraphML (http://graphml.graphdrawing.org/specification.html): one undirected
/// graph, each node with its id as the node id and data for <c>label</c> (the name), <c>kind</c>, <c>sector</c> (when
/// it has one), <c>communityLed</c> (organizations) and each measure asked for; each edge with <c>weight</c> (the
/// projection's weight: how many connections it stands for) and <c>relations</c> (what they are, ';'-separated).
/// NetworkX (<c>read_graphml</c>), Gephi, yEd, Cytoscape and igraph read it.
/// </summary>
public static class GraphMLWriter
{
    public const string ContentType = "application/graphml+xml";

    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    public static void Write(XmlWriter xml, GraphFile file, CancellationToken cancellationToken = default)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        xml.WriteAttributeString("xsi", "schemaLocation", null, "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        Key(xml, "label", "node", "string");
        Key(xml, "kind", "node", "string");
        Key(xml, "sector", "node", "string");
        Key(xml, "communityLed", "node", "boolean");
        foreach (var (measure, _) in file.Measures)
        {
            Key(xml, GraphFile.AttributeName(measure), "node", "double");
        }

        Key(xml, "weight", "edge", "double");
        Key(xml, "relations", "edge", "string");

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", $"{file.Projection.Kind.ToString().ToUpperInvariant()} as of {file.AsOf:yyyy-MM-dd}, version {file.NetworkVersion}");
        xml.WriteAttributeString("edgedefault", "undirected");
        var projection = file.Projection;
        var ids = projection.Graph.NodeIds;
        foreach (var node in file.Nodes)
        {
            ExportDeadline.CheckEvery(node, cancellationToken);
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", ids[node]);
            Data(xml, "label", projection.NodeNames[node]);
            Data(xml, "kind", file.KindOf(node));
            if (file.SectorOf(node) is { } sector)
            {
                Data(xml, "sector", sector);
            }

            if (file.CommunityLedOf(node) is { } communityLed)
            {
                Data(xml, "communityLed", communityLed);
            }

            foreach (var (measure, scores) in file.Measures)
            {
                Data(xml, GraphFile.AttributeName(measure), Number(scores[node]));
            }

            xml.WriteEndElement();
        }

        var edges = projection.Graph.Edges;
        foreach (var e in file.Edges())
        {
            ExportDeadline.CheckEvery(e, cancellationToken);
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("source", ids[edges[e].U]);
            xml.WriteAttributeString("target", ids[edges[e].V]);
            Data(xml, "weight", Number(edges[e].Weight));
            Data(xml, "relations", file.RelationsOf(e));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>Round-trip text of a double ("0.1", "2", "1E-05"), as both formats read it.</summary>
    internal static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static void Key(XmlWriter xml, string name, string scope, string type)
    {
        xml.WriteStartElement("key", Namespace);
        xml.WriteAttributeString("id", name);
        xml.WriteAttributeString("for", scope);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
