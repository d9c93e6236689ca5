using DurhamCms.Data.Migrations;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DurhamCms.Tests.Upgrade.TestModules.Broken.Migrations;

public sealed class CreateHalfDone : ModuleMigration
{
    public override string Id => "2026-12-01-CreateHalfDone";

    public override void Up(MigrationBuilder migration) =>
        migration.CreateTable(
            name: "HalfDone",
            columns: table => new { Id = table.Column<long>(nullable: false).AsIdentity() },
            constraints: table => table.PrimaryKey("PK_HalfDone", x => x.Id));
}

public sealed class FailHalfway : ModuleMigration
{
    public override string Id => "2026-12-02-FailHalfway";

    public override void Up(MigrationBuilder migration) =>
        migration.Sql("ALTER TABLE \"NoSuchTable\" ADD \"Nothing\" TEXT NULL");
}
