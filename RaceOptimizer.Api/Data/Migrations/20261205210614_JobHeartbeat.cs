using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RaceOptimizer.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class JobHeartbeat : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "HeartbeatAt",
                table: "jobs",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HeartbeatAt",
                table: "jobs");
        }
    }
}
