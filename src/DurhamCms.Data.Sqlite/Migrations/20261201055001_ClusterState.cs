using System;
using DurhamCms.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;


#nullable disable

namespace DurhamCms.Data.Sqlite.Migrations
{
    /// <summary>
    /// What several nodes on one database share (issue 11): the data-protection key ring, the
    /// cluster bus's signals (read back after a dropped LISTEN connection), and each node's state.
    /// Written by hand, after the frozen Initial, which it leaves untouched.
    /// </summary>
    [DbContext(typeof(DurhamDbContext))]
    [Migration("20261201055001_ClusterState")]
    public partial class ClusterState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ClusterSignals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClusterSignals", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClusterSignals_CreatedUtc",
                table: "ClusterSignals",
                column: "CreatedUtc");

            migrationBuilder.CreateTable(
                name: "ClusterNodes",
                columns: table => new
                {
                    NodeName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SeenUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SearchTaskId = table.Column<long>(type: "INTEGER", nullable: false),
                    SearchLagSeconds = table.Column<double>(type: "REAL", nullable: false),
                    SearchError = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClusterNodes", x => x.NodeName);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "ClusterNodes");
            migrationBuilder.DropTable(name: "ClusterSignals");
            migrationBuilder.DropTable(name: "DataProtectionKeys");
        }
    }
}
