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
}
