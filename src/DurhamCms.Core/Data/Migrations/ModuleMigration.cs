using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DurhamCms.Data.Migrations;

/// <summary>
/// One schema change a module makes after the frozen <c>Initial</c> baseline, written once for
/// SQLite and PostgreSQL alike: its operations are turned into SQL by the site's provider. It
/// lives in the module's <c>Migrations/</c> folder (namespace <c>{module's Startup namespace}.Migrations</c>),
/// is found there, and runs once per site, in module order, then by <see cref="Id"/>.
/// </summary>
/// <remarks>
/// Leave column types out so each provider maps the CLR type as the EF model does, and mark a
/// generated key with <see cref="ModuleMigrationColumns.AsIdentity"/>. Never edit a released
/// migration: add the next one.
/// </remarks>
public abstract class ModuleMigration
{
    /// <summary>Unique within the module and sorting in the order to run: "2026-12-01-CreateResidentBookmark".</summary>
    public abstract string Id { get; }

    public abstract void Up(MigrationBuilder migration);

    /// <summary>
    /// What in the site's data stops this migration (rows it cannot carry over, such as two users
    /// sharing an email before the emails become unique), each said with what to do about it; none
    /// when it may run. Asked right before <see cref="Up"/>, in the upgrade's transaction: anything
    /// returned refuses the start and the upgrade changes nothing. Read with SQL of the released
    /// schema, never the current model.
    /// </summary>
    public virtual Task<IReadOnlyList<string>> CheckAsync(DatabaseFacade database, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>([]);
}
