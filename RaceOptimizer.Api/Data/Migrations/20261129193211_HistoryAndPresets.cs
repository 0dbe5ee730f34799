using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RaceOptimizer.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class HistoryAndPresets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "history_rows",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Driver = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Series = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Track = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Start = table.Column<int>(type: "INTEGER", nullable: false),
                    Finish = table.Column<int>(type: "INTEGER", nullable: false),
                    AverageRunningPosition = table.Column<double>(type: "REAL", nullable: true),
                    LapsLed = table.Column<int>(type: "INTEGER", nullable: false),
                    FastestLaps = table.Column<int>(type: "INTEGER", nullable: false),
                    LapsCompleted = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_history_rows", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "presets",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Series = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Track = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Site = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Settings = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_presets", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_history_rows_Date_Series_Track_Driver_Start_Finish_LapsCompleted_LapsLed_FastestLaps",
                table: "history_rows",
                columns: new[] { "Date", "Series", "Track", "Driver", "Start", "Finish", "LapsCompleted", "LapsLed", "FastestLaps" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_presets_Name",
                table: "presets",
                column: "Name");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "history_rows");

            migrationBuilder.DropTable(
                name: "presets");
        }
    }
}
