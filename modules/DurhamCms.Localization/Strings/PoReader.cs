using System.Text;

namespace DurhamCms.Localization.Strings;

/// <summary>
/// Reads gettext PO files as Orchard Core's do: entries of <c>msgctxt</c> (optional), <c>msgid</c>
/// and <c>msgstr</c>, strings split over lines, C escapes, comments. Plural forms are not used by
/// our views and are read as their first form. An entry with an empty msgstr is untranslated.
/// </summary>
public static class PoReader
{
    public static IReadOnlyList<PoEntry> Read(TextReader reader, string source)
    {
        var entries = new List<PoEntry>();
        string? context = null, id = null, text = null;
        string? current = null;
        var number = 0;

        void Flush()
        {
            if (id is { Length: > 0 } && !string.IsNullOrEmpty(text))
            {
                entries.Add(new PoEntry(context, id, text));
            }

            context = id = text = current = null;
        }

        while (reader.ReadLine() is { } raw)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            if (line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('"'))
            {
                var more = Unquote(line, source, number);
                switch (current)
                {
                    case "msgctxt": context += more; break;
                    case "msgid": id += more; break;
                    case "msgstr": text += more; break;
                    default: throw new FormatException($"{source}, line {number}: a string continues no msgctxt, msgid or msgstr.");
                }

                continue;
            }

            var space = line.IndexOf(' ');
            var keyword = space < 0 ? line : line[..space];
            var value = space < 0 ? "" : Unquote(line[(space + 1)..].Trim(), source, number);
            switch (keyword)
            {
                case "msgctxt":
                    Flush();
                    (context, current) = (value, keyword);
                    break;
                case "msgid":
                    if (id is not null)
                    {
                        var keep = context;
                        Flush();
                        context = keep;
                    }

                    (id, current) = (value, keyword);
                    break;
                case "msgid_plural":
                    current = null;
                    break;
                case "msgstr" or "msgstr[0]":
                    (text, current) = (value, "msgstr");
                    break;
                default:
                    if (keyword.StartsWith("msgstr[", StringComparison.Ordinal))
                    {
                        current = null;
                        break;
                    }

                    throw new FormatException($"{source}, line {number}: '{keyword}' is not a PO keyword.");
            }
        }

        Flush();
        return entries;
    }

    private static string Unquote(string quoted, string source, int number)
    {
        if (quoted.Length < 2 || quoted[0] != '"' || quoted[^1] != '"')
        {
            throw new FormatException($"{source}, line {number}: expected a string in double quotes.");
        }

        var builder = new StringBuilder(quoted.Length);
        for (var i = 1; i < quoted.Length - 1; i++)
        {
            var c = quoted[i];
            if (c != '\\' || i + 1 >= quoted.Length - 1)
            {
                builder.Append(c);
                continue;
            }

            builder.Append(quoted[++i] switch
            {
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                '"' => '"',
                '\\' => '\\',
                var other => other,
            });
        }

        return builder.ToString();
    }
}

/// <summary>One translation: the English text (<see cref="Id"/>) in an optional context, and its translation.</summary>
public sealed record PoEntry(string? Context, string Id, string Text);
