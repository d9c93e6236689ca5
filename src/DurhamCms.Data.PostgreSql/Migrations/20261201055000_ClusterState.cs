using System;
using DurhamCms.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DurhamCms.Data.PostgreSql.Migrations
{
    /// <summary>
    /// What several nodes on one database share (issue 11): the data-protection key ring, the
    /// cluster bus's signals (read back after a dropped LISTEN connection), and each node's state.
    /// Written by hand, after the frozen Initial, which it leaves untouched.
    /// </summary>
    [DbContext(typeof(DurhamDbContext))]
    [Migration("20261201055000_ClusterState")]
    public partial class ClusterState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ClusterSignals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Channel = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    Origin = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    NodeName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SeenUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SearchTaskId = table.Column<long>(type: "bigint", nullable: false),
                    SearchLagSeconds = table.Column<double>(type: "double precision", nullable: false),
                    SearchError = table.Column<string>(type: "text", nullable: true)
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
