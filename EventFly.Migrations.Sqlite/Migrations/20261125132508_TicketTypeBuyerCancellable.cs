using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EventFly.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TicketTypeBuyerCancellable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "BuyerCancellable",
                table: "TicketTypes",
                type: "INTEGER",
                nullable: false,
                defaultValue: true); // as before the setting existed: buyers may cancel
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BuyerCancellable",
                table: "TicketTypes");
        }
    }
}
