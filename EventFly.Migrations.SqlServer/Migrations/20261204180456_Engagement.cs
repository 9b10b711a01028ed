using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventFly.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Engagement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EngagementMutes",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MutedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementMutes", x => new { x.EventId, x.UserId });
                });

            migrationBuilder.CreateTable(
                name: "EngagementPolls",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EventId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Question = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Multiple = table.Column<bool>(type: "bit", nullable: false),
                    ClosesAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ResultsVisibility = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    BallotCount = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementPolls", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EngagementPosts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EventId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Body = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: false),
                    ImageFileId = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    PublishAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    EditedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    PinnedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Announced = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementPosts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EngagementQuestions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EventId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Body = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Anonymous = table.Column<bool>(type: "bit", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    VoteCount = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    HiddenAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementQuestions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EngagementQuizzes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EventId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CurrentQuestionIndex = table.Column<int>(type: "int", nullable: true),
                    QuestionOpenedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    QuestionRevealedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    QuestionState = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FinishedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementQuizzes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EngagementSettings",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    QaModerationOn = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementSettings", x => x.EventId);
                });

            migrationBuilder.CreateTable(
                name: "EngagementBallots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PollId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OptionIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CastAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementBallots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EngagementBallots_EngagementPolls_PollId",
                        column: x => x.PollId,
                        principalTable: "EngagementPolls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EngagementPollOptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PollId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Votes = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementPollOptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EngagementPollOptions_EngagementPolls_PollId",
                        column: x => x.PollId,
                        principalTable: "EngagementPolls",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EngagementComments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PostId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EventId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Body = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Hidden = table.Column<bool>(type: "bit", nullable: false),
                    HiddenBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    HiddenAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Deleted = table.Column<bool>(type: "bit", nullable: false),
                    DeletedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DeletedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EngagementComments_EngagementPosts_PostId",
                        column: x => x.PostId,
                        principalTable: "EngagementPosts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EngagementReactions",
                columns: table => new
                {
                    PostId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementReactions", x => new { x.PostId, x.UserId, x.Kind });
                    table.ForeignKey(
                        name: "FK_EngagementReactions_EngagementPosts_PostId",
                        column: x => x.PostId,
                        principalTable: "EngagementPosts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EngagementQuestionVotes",
                columns: table => new
                {
                    QuestionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementQuestionVotes", x => new { x.QuestionId, x.UserId });
                    table.ForeignKey(
                        name: "FK_EngagementQuestionVotes_EngagementQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "EngagementQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EngagementQuizQuestions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    QuizId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    CorrectOption = table.Column<int>(type: "int", nullable: false),
                    TimeLimitSeconds = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementQuizQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EngagementQuizQuestions_EngagementQuizzes_QuizId",
                        column: x => x.QuizId,
                        principalTable: "EngagementQuizzes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EngagementQuizAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    QuizId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    QuestionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OptionIndex = table.Column<int>(type: "int", nullable: false),
                    Elapsed = table.Column<TimeSpan>(type: "time", nullable: false),
                    Correct = table.Column<bool>(type: "bit", nullable: false),
                    Points = table.Column<int>(type: "int", nullable: false),
                    Bonus = table.Column<int>(type: "int", nullable: false),
                    Streak = table.Column<int>(type: "int", nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementQuizAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EngagementQuizAnswers_EngagementQuizQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "EngagementQuizQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EngagementQuizOptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    QuestionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementQuizOptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EngagementQuizOptions_EngagementQuizQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "EngagementQuizQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "UX_EngagementBallots_PollId_UserId",
                table: "EngagementBallots",
                columns: new[] { "PollId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EngagementComments_PostId_CreatedAt",
                table: "EngagementComments",
                columns: new[] { "PostId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EngagementPollOptions_PollId_Position",
                table: "EngagementPollOptions",
                columns: new[] { "PollId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EngagementPolls_EventId_CreatedAt",
                table: "EngagementPolls",
                columns: new[] { "EventId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EngagementPolls_Status_ClosesAt",
                table: "EngagementPolls",
                columns: new[] { "Status", "ClosesAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EngagementPosts_Announced_PublishAt",
                table: "EngagementPosts",
                columns: new[] { "Announced", "PublishAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EngagementPosts_EventId_PinnedAt_PublishAt",
                table: "EngagementPosts",
                columns: new[] { "EventId", "PinnedAt", "PublishAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EngagementQuestions_EventId_CreatedAt",
                table: "EngagementQuestions",
                columns: new[] { "EventId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EngagementQuestions_EventId_VoteCount",
                table: "EngagementQuestions",
                columns: new[] { "EventId", "VoteCount" });

            migrationBuilder.CreateIndex(
                name: "IX_EngagementQuizAnswers_QuizId_UserId",
                table: "EngagementQuizAnswers",
                columns: new[] { "QuizId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "UX_EngagementQuizAnswers_QuestionId_UserId",
                table: "EngagementQuizAnswers",
                columns: new[] { "QuestionId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EngagementQuizOptions_QuestionId_Position",
                table: "EngagementQuizOptions",
                columns: new[] { "QuestionId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EngagementQuizQuestions_QuizId_Position",
                table: "EngagementQuizQuestions",
                columns: new[] { "QuizId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EngagementQuizzes_EventId_CreatedAt",
                table: "EngagementQuizzes",
                columns: new[] { "EventId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EngagementQuizzes_Status_QuestionState",
                table: "EngagementQuizzes",
                columns: new[] { "Status", "QuestionState" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EngagementBallots");

            migrationBuilder.DropTable(
                name: "EngagementComments");

            migrationBuilder.DropTable(
                name: "EngagementMutes");

            migrationBuilder.DropTable(
                name: "EngagementPollOptions");

            migrationBuilder.DropTable(
                name: "EngagementQuestionVotes");

            migrationBuilder.DropTable(
                name: "EngagementQuizAnswers");

            migrationBuilder.DropTable(
                name: "EngagementQuizOptions");

            migrationBuilder.DropTable(
                name: "EngagementReactions");

            migrationBuilder.DropTable(
                name: "EngagementSettings");

            migrationBuilder.DropTable(
                name: "EngagementPolls");

            migrationBuilder.DropTable(
                name: "EngagementQuestions");

            migrationBuilder.DropTable(
                name: "EngagementQuizQuestions");

            migrationBuilder.DropTable(
                name: "EngagementPosts");

            migrationBuilder.DropTable(
                name: "EngagementQuizzes");
        }
    }
}
