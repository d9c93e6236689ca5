namespace DurhamCms.Data.Migrations;

/// <summary>
/// A module migration's check found data it cannot migrate: the site does not start, and the
/// upgrade changed nothing. The message lists every problem and what to do.
/// </summary>
public sealed class ModuleMigrationRefusedException : Exception
{
    public ModuleMigrationRefusedException(ModuleMigrationEntry entry, IReadOnlyList<string> problems)
        : base($"The site cannot start: module {entry.ModuleId}, migration {entry.Migration.Id} cannot run until this is resolved (nothing was changed):"
            + string.Concat(problems.Select(p => Environment.NewLine + "- " + p)))
    {
        ModuleId = entry.ModuleId;
        MigrationId = entry.Migration.Id;
        Problems = problems;
    }

    public string ModuleId { get; }

    public string MigrationId { get; }

    public IReadOnlyList<string> Problems { get; }
}
