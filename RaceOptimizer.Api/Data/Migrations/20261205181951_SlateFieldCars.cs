using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RaceOptimizer.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class SlateFieldCars : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FieldCars",
                table: "slates",
                type: "TEXT",
                nullable: false,
                // Slates imported before field cars were kept have none: an empty JSON list, not an empty string.
                defaultValue: "[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FieldCars",
                table: "slates");
        }
    }
}
