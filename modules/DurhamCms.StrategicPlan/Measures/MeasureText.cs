using System.Globalization;
using System.Text;
using System.Xml;

namespace DurhamCms.StrategicPlan.Measures;

/// <summary>How measure numbers and user text are written into charts and downloads: invariant, and escaped.</summary>
public static class MeasureText
{
    /// <summary>23, 23.5, -0.25: no trailing zeros, no thousands separators, the same on every server.</summary>
    public static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    /// <summary>A coordinate, to two places: enough for a crisp chart, short enough for a light page.</summary>
    public static string Coordinate(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>
    /// Text for an XML element or attribute. Titles and notes are user input: markup characters are
    /// escaped, and characters XML cannot hold at all (control characters) are dropped, so the SVG always parses.
    /// </summary>
    public static string Xml(string? text)
    {
        var value = text ?? "";
        var builder = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                case var _ when char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]):
                    builder.Append(c).Append(value[++i]);
                    break;
                case var _ when XmlConvert.IsXmlChar(c):
                    builder.Append(c);
                    break;
                default:
                    break; // a control character or a lone surrogate: XML has no way to write it.
            }
        }

        return builder.ToString();
    }
}
