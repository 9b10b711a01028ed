using Bunit;
using EventFly.Client.Api;
using EventFly.Client.Components.Privacy;
using EventFly.Client.Contracts;
using EventFly.Client.Offline;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EventFly.Client.Tests;

/// <summary>"Your data" on the profile page: deleting asks for the password and, for open paid orders, for a clear choice.</summary>
public sealed class YourDataTests : MudBlazorTestContext
{
    private readonly FakePrivacyApi _api;
    private readonly KeptOffline _offline;

    public YourDataTests()
        : this(new FakePrivacyApi(), new KeptOffline())
    {
    }

    private YourDataTests(FakePrivacyApi api, KeptOffline offline)
        : base(context => context.Services.AddSingleton<IPrivacyApi>(api).AddSingleton<IOfflineStore>(offline))
    {
        _api = api;
        _offline = offline;
    }

    [Fact]
    public void DownloadMyData_LinksToTheExport()
    {
        var section = Render<YourData>();

        var link = section.Find("[data-testid=download-my-data]");
        Assert.Equal(PrivacyRoutes.ExportUrl, link.GetAttribute("href"));
        Assert.True(link.HasAttribute("download"));
    }

    [Fact]
    public void InGerman_TheSectionAndTheDeleteDialogReadGerman()
    {
        using var german = new GermanCulture();
        var dialogs = Render<MudDialogProvider>();

        var section = Render<YourData>();
        section.Find("[data-testid=delete-account]").Click();

        Assert.Contains("Deine Daten", section.Markup, StringComparison.Ordinal);
        Assert.Contains("Meine Daten herunterladen", section.Find("[data-testid=download-my-data]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Dein Konto löschen?", dialogs.WaitForElement("#delete-account-title").TextContent, StringComparison.Ordinal);
        Assert.Contains("Konto behalten", dialogs.Find("[data-testid=delete-account-keep]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenPaidOrders_ShowTheOrdersAndBothChoices_AndTheChoiceIsSentWithTheNextTry()
    {
        var dialogs = Render<MudDialogProvider>();
        var section = Render<YourData>();
        _api.Answers.Enqueue(ApiResult<bool>.Fail("Paid orders for events still to come: Jazz night on 2027-01-10 (order ABC123, 40.00 EUR).")
            with { Code = "open_paid_orders", Status = 409 });
        _api.Answers.Enqueue(ApiResult<bool>.Ok(true));

        section.Find("[data-testid=delete-account]").Click();
        dialogs.WaitForElement("input[data-testid=delete-account-password]").Change("My!Password1");
        dialogs.Find("form#delete-account-form").Submit();

        dialogs.WaitForAssertion(() => Assert.Contains("Jazz night on 2027-01-10", dialogs.Find("[data-testid=open-paid-orders]").TextContent, StringComparison.Ordinal));
        Assert.Contains("you get your money back", dialogs.Markup, StringComparison.Ordinal);
        Assert.Contains("the tickets stay valid", dialogs.Markup, StringComparison.Ordinal);
        Assert.True(dialogs.Find("[data-testid=delete-account-confirm]").HasAttribute("disabled"));

        dialogs.Find("input[data-testid=open-paid-orders-keep], [data-testid=open-paid-orders-keep] input").Click();
        dialogs.Find("form#delete-account-form").Submit();

        dialogs.WaitForAssertion(() => Assert.Equal(2, _api.Requests.Count));
        Assert.Equal(new DeleteAccountRequest("My!Password1", null), _api.Requests[0]);
        Assert.Equal(new DeleteAccountRequest("My!Password1", OpenPaidOrdersChoice.Keep), _api.Requests[1]);
        // The deleted account's tickets kept for offline use are gone from the device; a refused try kept them.
        dialogs.WaitForAssertion(() => Assert.Equal(1, _offline.Cleared));
    }

    [Fact]
    public void LockedOut_SaysToWait_AtThePasswordField_AndKeepsTheOfflineTickets()
    {
        var dialogs = Render<MudDialogProvider>();
        var section = Render<YourData>();
        _api.Answers.Enqueue(ApiResult<bool>.Fail("Wait a few minutes, then try again with your current password. Nothing was deleted.")
            with { Code = "locked_out", Status = 429 });

        section.Find("[data-testid=delete-account]").Click();
        dialogs.WaitForElement("input[data-testid=delete-account-password]").Change("My!Password1");
        dialogs.Find("form#delete-account-form").Submit();

        dialogs.WaitForAssertion(() => Assert.Contains("Too many wrong passwords. Wait a few minutes", dialogs.Markup, StringComparison.Ordinal));
        Assert.Equal(0, _offline.Cleared);
    }

    private sealed class FakePrivacyApi : IPrivacyApi
    {
        public Queue<ApiResult<bool>> Answers { get; } = new();

        public List<DeleteAccountRequest> Requests { get; } = [];

        public Task<ApiResult<bool>> DeleteAccountAsync(DeleteAccountRequest request, CancellationToken cancellationToken = default)
        {
            Requests.Add(request);
            return Task.FromResult(Answers.Dequeue());
        }
    }

    private sealed class KeptOffline : IOfflineStore
    {
        public int Cleared { get; private set; }

        public Task PutAsync(string account, string key, KeptResponse response, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task<KeptResponse?> GetAsync(string account, string key, CancellationToken cancellationToken = default) => Task.FromResult<KeptResponse?>(null);

        public Task ClearAsync(CancellationToken cancellationToken = default)
        {
            Cleared++;
            return Task.CompletedTask;
        }
    }
}
