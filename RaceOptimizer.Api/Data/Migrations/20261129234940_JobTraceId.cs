using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RaceOptimizer.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class JobTraceId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TraceId",
                table: "jobs",
                type: "TEXT",
                maxLength: 32,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TraceId",
                table: "jobs");
        }
    }
}
