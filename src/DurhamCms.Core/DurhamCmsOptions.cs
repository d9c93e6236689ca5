namespace DurhamCms;

/// <summary>The "DurhamCms" configuration section.</summary>
public sealed class DurhamCmsOptions
{
    public const string Section = "DurhamCms";

    /// <summary>Folder for the SQLite file, generated secrets and per-node state. Default: App_Data beside the host.</summary>
    public string DataPath { get; set; } = "App_Data";

    public DatabaseOptions Database { get; set; } = new();

    public SetupOptions Setup { get; set; } = new();

    /// <summary>
    /// How long after the host has started the background loops make their first pass (see
    /// <c>BackgroundStart</c>), so that a node answers its first requests first. Zero: at once.
    /// </summary>
    public TimeSpan BackgroundStartDelay { get; set; } = TimeSpan.FromSeconds(3);

    public string ResolveDataPath(string contentRoot) =>
        Path.GetFullPath(Path.IsPathRooted(DataPath) ? DataPath : Path.Combine(contentRoot, DataPath));
}

public sealed class DatabaseOptions
{
    /// <summary>"Sqlite" (default, a file in the data path) or "PostgreSql".</summary>
    public string Provider { get; set; } = DatabaseProviders.Sqlite;

    /// <summary>Empty means a SQLite file named durhamcms.db in the data path.</summary>
    public string? ConnectionString { get; set; }
}

public sealed class SetupOptions
{
    /// <summary>Recipe run on first start, relative to the content root or the repository root.</summary>
    public string Recipe { get; set; } = "recipes/durham-strategic-plan.recipe.json";

    public string SiteName { get; set; } = "Durham Strategic Plan";
    public string AdminUserName { get; set; } = "admin";
    public string? AdminEmail { get; set; }

    /// <summary>Empty: a strong password is generated, printed once and written to admin-password.txt (mode 600) in the data path.</summary>
    public string? AdminPassword { get; set; }
}

public static class DatabaseProviders
{
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSql";
}
