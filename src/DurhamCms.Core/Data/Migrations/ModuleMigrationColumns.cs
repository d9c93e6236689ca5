using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace DurhamCms.Data.Migrations;

public static class ModuleMigrationColumns
{
    /// <summary>
    /// A key the database numbers: both providers' annotations, as the frozen Initial has them
    /// (AUTOINCREMENT on SQLite, an identity column on PostgreSQL); each generator reads its own.
    /// </summary>
    public static OperationBuilder<AddColumnOperation> AsIdentity(this OperationBuilder<AddColumnOperation> column) => column
        .Annotation("Sqlite:Autoincrement", true)
        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
}
