using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RaceOptimizer.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class JobShards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Shards",
                table: "jobs",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Shards",
                table: "jobs");
        }
    }
}
