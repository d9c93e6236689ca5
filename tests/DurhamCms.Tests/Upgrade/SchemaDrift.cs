using System.Data.Common;
using DurhamCms.Data;
using Microsoft.EntityFrameworkCore;

namespace DurhamCms.Tests.Upgrade;

/// <summary>
/// What the EF model maps that the database lacks: a module that adds an entity without a
/// migration shows up here as "table X" or "table X, column Y". Run by tests, never at start.
/// </summary>
public static class SchemaDrift
{
    public static async Task<IReadOnlyList<string>> MissingAsync(DurhamDbContext db)
    {
        var existing = await ColumnsAsync(db);
        var missing = new List<string>();
        foreach (var table in db.Model.GetRelationalModel().Tables.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            if (!existing.TryGetValue(table.Name, out var columns))
            {
                missing.Add($"table {table.Name} (columns {string.Join(", ", table.Columns.Select(c => c.Name))})");
                continue;
            }

            missing.AddRange(table.Columns.Where(c => !columns.Contains(c.Name)).Select(c => $"table {table.Name}, column {c.Name}"));
        }

        return missing;
    }

    private static async Task<Dictionary<string, HashSet<string>>> ColumnsAsync(DurhamDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            var found = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            var sql = db.Database.IsSqlite()
                ? "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table'"
                : "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()";
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using DbDataReader reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var table = reader.GetString(0);
                if (!found.TryGetValue(table, out var columns))
                {
                    found[table] = columns = new HashSet<string>(StringComparer.Ordinal);
                }

                columns.Add(reader.GetString(1));
            }

            return found;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
