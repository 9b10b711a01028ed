using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using EventFly.Client.Resources;

namespace EventFly.Client.Contracts;

/// <summary>What to do with paid orders for events still to come when deleting the account: <c>cancel</c> (refunded) or <c>keep</c>.</summary>
[JsonConverter(typeof(WireEnumConverter<OpenPaidOrdersChoice>))]
public enum OpenPaidOrdersChoice
{
    Cancel,
    Keep,
}

/// <summary>The body of <c>DELETE /api/me</c>: the current password, and the choice for open paid orders when there are any.</summary>
public sealed record DeleteAccountRequest(string? Password, OpenPaidOrdersChoice? OpenPaidOrders = null);

/// <summary>The "delete my account" dialog's form.</summary>
public sealed class DeleteAccountForm
{
    [Required(ErrorMessageResourceType = typeof(AccountTexts), ErrorMessageResourceName = nameof(AccountTexts.EnterPasswordToConfirm))]
    public string Password { get; set; } = "";

    public OpenPaidOrdersChoice? OpenPaidOrders { get; set; }
}
