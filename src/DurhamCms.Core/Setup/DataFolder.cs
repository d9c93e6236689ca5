using Microsoft.Data.Sqlite;

namespace DurhamCms.Setup;

/// <summary>
/// The data folder holds the database, the key ring and the generated password: only the site's own
/// account may read it (folder 0700, files 0600). Unix only; Windows folders inherit their ACLs.
/// </summary>
public static class DataFolder
{
    public const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void Create(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, OwnerOnlyFolder);
        }
    }

    /// <summary>
    /// Creates the SQLite file 0600 before SQLite opens it (SQLite gives its -wal and -shm files the
    /// database file's mode), and narrows the files of a site created before this rule.
    /// </summary>
    public static void SecureSqliteFiles(string connectionString)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var builder = new SqliteConnectionStringBuilder(connectionString);
        var file = builder.DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            return;
        }

        if (!File.Exists(file))
        {
            using var created = new FileStream(file, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerOnlyFile });
        }

        foreach (var path in new[] { file, file + "-wal", file + "-shm", file + "-journal" }.Where(File.Exists))
        {
            File.SetUnixFileMode(path, OwnerOnlyFile);
        }
    }

    /// <summary>Writes a secret to a new file that is 0600 from its first byte: no moment when others could read it.</summary>
    public static async Task WriteSecretAsync(string path, string content, CancellationToken cancellationToken = default)
    {
        // CreateNew: never write through a link or file someone placed there.
        File.Delete(path);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnlyFile;
        }

        await using var stream = new FileStream(path, options);
        await using var writer = new StreamWriter(stream);
        await writer.WriteAsync(content.AsMemory(), cancellationToken);
    }
}
