using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventFly.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Recommendations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RecommendationInteractions",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FirstAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Rating = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationInteractions", x => new { x.UserId, x.EventId, x.Kind });
                });

            migrationBuilder.CreateTable(
                name: "RecommendationModels",
                columns: table => new
                {
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    TrainedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Users = table.Column<int>(type: "INTEGER", nullable: false),
                    Interactions = table.Column<int>(type: "INTEGER", nullable: false),
                    Rows = table.Column<int>(type: "INTEGER", nullable: false),
                    Ndcg10 = table.Column<double>(type: "REAL", nullable: false),
                    Precision10 = table.Column<double>(type: "REAL", nullable: false),
                    Recall10 = table.Column<double>(type: "REAL", nullable: false),
                    TrainingSeconds = table.Column<double>(type: "REAL", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationModels", x => x.Version);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationInteractions_EventId_Kind",
                table: "RecommendationInteractions",
                columns: new[] { "EventId", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RecommendationInteractions");

            migrationBuilder.DropTable(
                name: "RecommendationModels");
        }
    }
}
