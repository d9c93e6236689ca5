using System.Text;
using System.Xml;
using DurhamCms.Time;

namespace DurhamCms.StrategicPlan.OpenData;

/// <summary>Writes the status-update feed as Atom 1.0 (RFC 4287).</summary>
public static class AtomWriter
{
    public const string Namespace = "http://www.w3.org/2005/Atom";

    /// <summary>The feed as UTF-8 bytes; written in memory because Kestrel refuses synchronous writes and the feed is small (bounded entries).</summary>
    /// <summary>
    /// The feed in one culture: its language (xml:lang), its address's prefix ("/es") and its title in that language.
    /// Times are RFC 3339 on the site's wall clock with its offset ("2027-03-14T03:30:00-04:00"), the same instant a reader's software sees in UTC.
    /// </summary>
    public static byte[] Write(string baseUrl, string publisher, IReadOnlyList<StatusUpdateEntry> entries, AtomFeedText text, SiteTimeZone zone)
    {
        using var output = new MemoryStream();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            Write(xml, baseUrl, publisher, entries, text, zone);
        }

        return output.ToArray();
    }

    private static void Write(XmlWriter xml, string baseUrl, string publisher, IReadOnlyList<StatusUpdateEntry> entries, AtomFeedText text, SiteTimeZone zone)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement("feed", Namespace);
        xml.WriteAttributeString("xml", "lang", null, text.Language);
        // A feed's id must never change: it is the feed's public address, not its storage.
        xml.WriteElementString("id", baseUrl + text.Prefix + "/feeds/status-updates.atom");
        xml.WriteElementString("title", text.Title);
        xml.WriteElementString("updated", zone.Rfc3339(entries.Count > 0 ? entries.Max(e => e.UpdatedUtc) : DateTime.UnixEpoch));
        Link(xml, "self", baseUrl + text.Prefix + "/feeds/status-updates.atom", "application/atom+xml");
        Link(xml, "alternate", baseUrl + (text.Prefix.Length > 0 ? text.Prefix : "/"), "text/html");
        xml.WriteStartElement("author");
        xml.WriteElementString("name", publisher);
        xml.WriteEndElement();
        var host = new Uri(baseUrl).Host;
        foreach (var entry in entries)
        {
            xml.WriteStartElement("entry");
            // tag: URIs (RFC 4151) stay the same when the entry is edited and republished.
            xml.WriteElementString("id", $"tag:{host},2024:status-update/{entry.Id}");
            xml.WriteElementString("title", entry.Title);
            xml.WriteElementString("updated", zone.Rfc3339(entry.UpdatedUtc));
            Link(xml, "alternate", entry.InitiativeUrl, "text/html");
            xml.WriteStartElement("content");
            xml.WriteAttributeString("type", "html");
            xml.WriteString(entry.Html);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}

/// <summary>What differs between a feed's cultures: its xml:lang ("es-US"), its address's prefix ("/es", "" for the default) and its title.</summary>
public sealed record AtomFeedText(string Language, string Prefix, string Title);
