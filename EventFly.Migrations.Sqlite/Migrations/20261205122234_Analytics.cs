using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventFly.Migrations.Sqlite
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
                    Key = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    AppliedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalyticsAppliedMessages", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "AnalyticsCheckInSlots",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Start = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CheckIns = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalyticsCheckInSlots", x => new { x.EventId, x.Start });
                });

            migrationBuilder.CreateTable(
                name: "AnalyticsEventDays",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OrdersPaid = table.Column<int>(type: "INTEGER", nullable: false),
                    TicketsSold = table.Column<int>(type: "INTEGER", nullable: false),
                    Gross = table.Column<long>(type: "INTEGER", nullable: false),
                    OrdersCancelled = table.Column<int>(type: "INTEGER", nullable: false),
                    TicketsCancelled = table.Column<int>(type: "INTEGER", nullable: false),
                    Refunds = table.Column<long>(type: "INTEGER", nullable: false),
                    CheckIns = table.Column<int>(type: "INTEGER", nullable: false),
                    Posts = table.Column<int>(type: "INTEGER", nullable: false),
                    Comments = table.Column<int>(type: "INTEGER", nullable: false),
                    Reactions = table.Column<int>(type: "INTEGER", nullable: false),
                    Questions = table.Column<int>(type: "INTEGER", nullable: false),
                    PollVotes = table.Column<int>(type: "INTEGER", nullable: false),
                    QuizAnswers = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalyticsEventDays", x => new { x.EventId, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "AnalyticsEvents",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CancelledAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalyticsEvents", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "AnalyticsFeedback",
                columns: table => new
                {
                    FeedbackId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rating = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalyticsFeedback", x => x.FeedbackId);
                });

            migrationBuilder.CreateTable(
                name: "AnalyticsOrders",
                columns: table => new
                {
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Tickets = table.Column<int>(type: "INTEGER", nullable: false),
                    Total = table.Column<long>(type: "INTEGER", nullable: false),
                    Lines = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ConfirmedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CancelledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Refunded = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalyticsOrders", x => x.OrderId);
                });

            migrationBuilder.CreateTable(
                name: "AnalyticsTicketTypeSales",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TicketTypeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sold = table.Column<int>(type: "INTEGER", nullable: false),
                    Cancelled = table.Column<int>(type: "INTEGER", nullable: false),
                    Revenue = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalyticsTicketTypeSales", x => new { x.EventId, x.TicketTypeId });
                });

            migrationBuilder.CreateTable(
                name: "AnalyticsTrafficDays",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PageViews = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckoutsStarted = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
