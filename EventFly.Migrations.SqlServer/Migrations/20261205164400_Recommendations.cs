using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventFly.Migrations.SqlServer
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
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EventId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    FirstAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Rating = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationInteractions", x => new { x.UserId, x.EventId, x.Kind });
                });

            migrationBuilder.CreateTable(
                name: "RecommendationModels",
                columns: table => new
                {
                    Version = table.Column<int>(type: "int", nullable: false),
                    TrainedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Users = table.Column<int>(type: "int", nullable: false),
                    Interactions = table.Column<int>(type: "int", nullable: false),
                    Rows = table.Column<int>(type: "int", nullable: false),
                    Ndcg10 = table.Column<double>(type: "float", nullable: false),
                    Precision10 = table.Column<double>(type: "float", nullable: false),
                    Recall10 = table.Column<double>(type: "float", nullable: false),
                    TrainingSeconds = table.Column<double>(type: "float", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
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
