using System.Globalization;
using System.Text;

namespace DurhamCms.Queries.Services;

/// <summary>
/// A stored SQL query's text, checked before it is stored and again before it runs: one SELECT (or
/// WITH … SELECT) statement, no word that writes, and Orchard's parameters <c>@name</c> or
/// <c>@name:default</c> turned into bound parameters (a caller's value is never spliced into the
/// text). The read-only transaction the runner opens is the guard that holds whatever this misses;
/// this check gives the author a clear message at import instead of a failure at run time.
/// </summary>
public sealed class SqlQueryText
{
    // Words that write, change the session or reach outside the database. REPLACE is left out:
    // it is also a string function.
    private static readonly HashSet<string> WritingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "INSERT", "UPDATE", "DELETE", "MERGE", "UPSERT", "DROP", "ALTER", "CREATE", "TRUNCATE", "GRANT", "REVOKE",
        "ATTACH", "DETACH", "PRAGMA", "VACUUM", "REINDEX", "ANALYZE", "COPY", "SET", "RESET", "EXECUTE", "EXEC", "CALL", "DO",
        "LOCK", "LISTEN", "NOTIFY", "UNLISTEN", "INTO", "PREPARE", "DEALLOCATE", "DISCARD", "BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT",
    };

    // Reaching these from a public query would give anonymous callers what the site keeps from them:
    // sign-in data, keys, site documents (roles, settings), residents' addresses, and functions that
    // run SQL written in a string (query_to_xml…) or read files. Matched anywhere, strings included.
    private static readonly string[] PrivateNames =
    [
        "aspnet", "dataprotection", "documents", "__durham", "subscri", "outbox", "notification", "audittrail", "user",
        "pg_", "information_schema", "sqlite_", "xml", "dblink", "lo_", "current_setting", "load_extension", "readfile", "writefile", "fileio",
    ];

    private SqlQueryText(string sql, IReadOnlyDictionary<string, object?> defaults, string? problem)
    {
        Sql = sql;
        Defaults = defaults;
        Problem = problem;
    }

    /// <summary>The text to run, every parameter written <c>@name</c>.</summary>
    public string Sql { get; }

    /// <summary>Each parameter the text names, with its default (null when it has none).</summary>
    public IReadOnlyDictionary<string, object?> Defaults { get; }

    /// <summary>Why the text may not run, or null.</summary>
    public string? Problem { get; }

    /// <summary>Why a public query may not run this text, or null.</summary>
    public static string? PublicProblem(string template)
    {
        var text = template.ToLowerInvariant();
        var name = PrivateNames.FirstOrDefault(n => text.Contains(n, StringComparison.Ordinal));
        return name is null ? null : $"a public query may not name '{name}…' (sign-in data, keys, site documents, residents' addresses, system catalogs and functions that run text as SQL stay private).";
    }

    public static SqlQueryText Parse(string template)
    {
        var sql = new StringBuilder(template.Length);
        var defaults = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        var words = new List<string>();
        string? problem = null;
        var i = 0;
        while (i < template.Length)
        {
            var c = template[i];
            if (c is '\'' or '"')
            {
                var end = template.IndexOf(c, i + 1);
                while (end > 0 && end + 1 < template.Length && template[end + 1] == c)
                {
                    end = template.IndexOf(c, end + 2);
                }

                if (end < 0)
                {
                    return new SqlQueryText(template, defaults, $"a {(c == '\'' ? "string" : "quoted name")} is not closed.");
                }

                sql.Append(template, i, end - i + 1);
                i = end + 1;
            }
            else if (c == '-' && At(template, i, "--"))
            {
                var end = template.IndexOf('\n', i);
                i = end < 0 ? template.Length : end;
                sql.Append(' ');
            }
            else if (c == '/' && At(template, i, "/*"))
            {
                var end = template.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    return new SqlQueryText(template, defaults, "a /* comment is not closed.");
                }

                i = end + 2;
                sql.Append(' ');
            }
            else if (c == ';')
            {
                if (template[(i + 1)..].Trim().Length > 0)
                {
                    problem ??= "it holds more than one statement (a ';' before its end).";
                }

                i++;
            }
            else if (c == '@' && i + 1 < template.Length && IsWordStart(template[i + 1]))
            {
                var start = i + 1;
                var end = start;
                while (end < template.Length && IsWordPart(template[end]))
                {
                    end++;
                }

                var name = template[start..end];
                object? value = null;
                if (end < template.Length && template[end] == ':')
                {
                    var valueEnd = end + 1;
                    while (valueEnd < template.Length && (IsWordPart(template[valueEnd]) || template[valueEnd] is '.' or '-'))
                    {
                        valueEnd++;
                    }

                    value = Literal(template[(end + 1)..valueEnd]);
                    end = valueEnd;
                }

                if (!defaults.TryGetValue(name, out var known) || known is null)
                {
                    defaults[name] = value;
                }

                sql.Append('@').Append(name);
                i = end;
            }
            else if (IsWordStart(c))
            {
                var end = i;
                while (end < template.Length && IsWordPart(template[end]))
                {
                    end++;
                }

                words.Add(template[i..end]);
                sql.Append(template, i, end - i);
                i = end;
            }
            else
            {
                sql.Append(c);
                i++;
            }
        }

        if (words.Count == 0 || !(words[0].Equals("SELECT", StringComparison.OrdinalIgnoreCase) || words[0].Equals("WITH", StringComparison.OrdinalIgnoreCase)))
        {
            problem ??= "only a SELECT (or WITH … SELECT) statement may be stored.";
        }

        if (words.FirstOrDefault(WritingWords.Contains) is { } writing)
        {
            problem ??= $"it holds '{writing}': a query only reads.";
        }

        return new SqlQueryText(sql.ToString().Trim(), defaults, problem);
    }

    private static object Literal(string text) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : text;

    private static bool At(string text, int index, string token) => string.CompareOrdinal(text, index, token, 0, token.Length) == 0;

    private static bool IsWordStart(char c) => char.IsLetter(c) || c == '_';

    private static bool IsWordPart(char c) => char.IsLetterOrDigit(c) || c == '_';
}
