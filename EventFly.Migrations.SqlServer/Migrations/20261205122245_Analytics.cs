using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventFly.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Analytics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AnalyticsAppliedMessages",
                columns: table => new
                {
                    Key = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    AppliedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalyticsAppliedMessages", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "AnalyticsCheckInSlots",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Start = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CheckIns = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalyticsCheckInSlots", x => new { x.EventId, x.Start });
                });

            migrationBuilder.CreateTable(
                name: "AnalyticsEventDays",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    OrdersPaid = table.Column<int>(type: "int", nullable: false),
                    TicketsSold = table.Column<int>(type: "int", nullable: false),
                    Gross = table.Column<long>(type: "bigint", nullable: false),
                    OrdersCancelled = table.Column<int>(type: "int", nullable: false),
                    TicketsCancelled = table.Column<int>(type: "int", nullable: false),
                    Refunds = table.Column<long>(type: "bigint", nullable: false),
                    CheckIns = table.Column<int>(type: "int", nullable: false),
                    Posts = table.Column<int>(type: "int", nullable: false),
                    Comments = table.Column<int>(type: "int", nullable: false),
                    Reactions = table.Column<int>(type: "int", nullable: false),
                    Questions = table.Column<int>(type: "int", nullable: false),
                    PollVotes = table.Column<int>(type: "int", nullable: false),
                    QuizAnswers = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalyticsEventDays", x => new { x.EventId, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "AnalyticsEvents",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Currency = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CancelledAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalyticsEvents", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "AnalyticsFeedback",
                columns: table => new
                {
                    FeedbackId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EventId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Rating = table.Column<int>(type: "int", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalyticsFeedback", x => x.FeedbackId);
                });

            migrationBuilder.CreateTable(
                name: "AnalyticsOrders",
                columns: table => new
                {
                    OrderId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EventId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Tickets = table.Column<int>(type: "int", nullable: false),
                    Total = table.Column<long>(type: "bigint", nullable: false),
                    Lines = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    ConfirmedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CancelledAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Refunded = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalyticsOrders", x => x.OrderId);
                });

            migrationBuilder.CreateTable(
                name: "AnalyticsTicketTypeSales",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TicketTypeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sold = table.Column<int>(type: "int", nullable: false),
                    Cancelled = table.Column<int>(type: "int", nullable: false),
                    Revenue = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalyticsTicketTypeSales", x => new { x.EventId, x.TicketTypeId });
                });

            migrationBuilder.CreateTable(
                name: "AnalyticsTrafficDays",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    PageViews = table.Column<int>(type: "int", nullable: false),
                    CheckoutsStarted = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalyticsTrafficDays", x => new { x.EventId, x.Day });
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnalyticsEventDays_Day",
                table: "AnalyticsEventDays",
                column: "Day");

            migrationBuilder.CreateIndex(
                name: "IX_AnalyticsEvents_OrganizationId",
                table: "AnalyticsEvents",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_AnalyticsFeedback_EventId",
                table: "AnalyticsFeedback",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_AnalyticsOrders_EventId",
                table: "AnalyticsOrders",
                column: "EventId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnalyticsAppliedMessages");

            migrationBuilder.DropTable(
                name: "AnalyticsCheckInSlots");

            migrationBuilder.DropTable(
                name: "AnalyticsEventDays");

            migrationBuilder.DropTable(
                name: "AnalyticsEvents");

            migrationBuilder.DropTable(
                name: "AnalyticsFeedback");

            migrationBuilder.DropTable(
                name: "AnalyticsOrders");

            migrationBuilder.DropTable(
                name: "AnalyticsTicketTypeSales");

            migrationBuilder.DropTable(
                name: "AnalyticsTrafficDays");
        }
    }
}
