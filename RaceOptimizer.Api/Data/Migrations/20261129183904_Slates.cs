using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RaceOptimizer.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class Slates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "app_state",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_app_state", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "slates",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Site = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Drivers = table.Column<string>(type: "TEXT", nullable: false),
                    DriverCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Race_Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Race_Name = table.Column<string>(type: "TEXT", nullable: false),
                    Race_ScheduledLaps = table.Column<int>(type: "INTEGER", nullable: true),
                    Race_Series = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Race_Track = table.Column<string>(type: "TEXT", nullable: false),
                    Race_TrackType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_slates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "slate_results",
                columns: table => new
                {
                    SlateId = table.Column<string>(type: "TEXT", nullable: false),
                    Result = table.Column<string>(type: "TEXT", nullable: false),
                    AttachedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_slate_results", x => x.SlateId);
                    table.ForeignKey(
                        name: "FK_slate_results_slates_SlateId",
                        column: x => x.SlateId,
                        principalTable: "slates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_slates_CreatedAt",
                table: "slates",
                column: "CreatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "app_state");

            migrationBuilder.DropTable(
                name: "slate_results");

            migrationBuilder.DropTable(
                name: "slates");
        }
    }
}
