using Bunit;
using EventFly.Client.Components;
using EventFly.Client.Contracts;

namespace EventFly.Client.Tests;

public sealed class RoleEditorTests : MudBlazorTestContext
{
    private static readonly string[] All = ["events.manage", "orders.view", "checkin.scan", "staff.manage"];

    [Fact]
    public void Render_ChecksTheRolesPermissionsAndNamesThem()
    {
        var editor = RenderEditor("Door", ["checkin.scan"]);

        Assert.True(Checkbox(editor, "checkin.scan").IsChecked());
        Assert.False(Checkbox(editor, "orders.view").IsChecked());
        Assert.Contains("Check in", editor.Markup, StringComparison.Ordinal);
        Assert.Contains("1 of 4 permissions", editor.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Save_SendsTheNameAndTickedPermissionsInCanonicalOrder()
    {
        RoleRequest? saved = null;
        var editor = RenderEditor("", [], r => saved = r);

        editor.Find("[data-testid=role-name] input, input[data-testid=role-name]").Input("  Door supervisor ");
        Checkbox(editor, "checkin.scan").Change(true);
        Checkbox(editor, "orders.view").Change(true);
        editor.Find("form").Submit();

        Assert.NotNull(saved);
        Assert.Equal("Door supervisor", saved.Name);
        Assert.Equal(["orders.view", "checkin.scan"], saved.Permissions);
    }

    [Fact]
    public void Unticking_RemovesThePermission()
    {
        RoleRequest? saved = null;
        var editor = RenderEditor("Analyst", ["orders.view", "staff.manage"], r => saved = r);

        Checkbox(editor, "staff.manage").Change(false);
        editor.Find("form").Submit();

        Assert.Equal(["orders.view"], saved!.Permissions);
    }

    [Fact]
    public void Save_WithoutName_ShowsTheErrorAndDoesNotSave()
    {
        var saves = 0;
        var editor = RenderEditor("", ["orders.view"], _ => saves++);

        editor.Find("form").Submit();

        Assert.Equal(0, saves);
        Assert.Contains("The Name field is required.", editor.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadOnly_OwnerRole_HasNoSaveButton()
    {
        var editor = Render<RoleEditor>(p => p.Add(x => x.Name, "Owner").Add(x => x.Permissions, All).Add(x => x.AllPermissions, All).Add(x => x.ReadOnly, true));

        Assert.Empty(editor.FindAll("[data-testid=save-role]"));
    }

    [Fact]
    public void InGerman_TheEditorReadsGerman()
    {
        using var german = new GermanCulture();

        var editor = RenderEditor("Door", ["checkin.scan"]);

        Assert.Contains("Name der Rolle", editor.Markup, StringComparison.Ordinal);
        Assert.Contains("Berechtigungen", editor.Markup, StringComparison.Ordinal);
        Assert.Contains("1 von 4 Berechtigungen", editor.Markup, StringComparison.Ordinal);
        Assert.Contains("Abbrechen", editor.Markup, StringComparison.Ordinal);
        Assert.Contains("Rolle speichern", editor.Find("[data-testid=save-role]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Events verwalten", editor.Markup, StringComparison.Ordinal);
        Assert.Contains("Bestellungen und Teilnehmende sehen", editor.Markup, StringComparison.Ordinal);
        Assert.Contains("Tickets am Einlass scannen", editor.Markup, StringComparison.Ordinal);
        Assert.Contains("Team verwalten", editor.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void InGerman_SaveWithoutName_AsksForOne()
    {
        using var german = new GermanCulture();
        var editor = RenderEditor("", ["orders.view"]);

        editor.Find("form").Submit();

        Assert.Contains("Gib der Rolle einen Namen.", editor.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void PermissionLabels_InEnglish_KeepTheirWording_AndAnUnknownPermissionShowsItself()
    {
        Assert.Equal("Run the live feed", PermissionLabels.Title("feed.manage"));
        Assert.Equal("Invite people, edit roles, organization settings", PermissionLabels.Help("staff.manage"));
        Assert.Equal("future.thing", PermissionLabels.Title("future.thing"));
        Assert.Equal("", PermissionLabels.Help("future.thing"));
    }

    private IRenderedComponent<RoleEditor> RenderEditor(string name, string[] permissions, Action<RoleRequest>? onSave = null) =>
        Render<RoleEditor>(p => p
            .Add(x => x.Name, name)
            .Add(x => x.Permissions, permissions)
            .Add(x => x.AllPermissions, All)
            .Add(x => x.OnSave, (RoleRequest r) => onSave?.Invoke(r)));

    private static AngleSharp.Dom.IElement Checkbox(IRenderedComponent<RoleEditor> editor, string permission) =>
        editor.Find($"[data-testid='perm-{permission}'] input, input[data-testid='perm-{permission}']");
}

internal static class CheckboxExtensions
{
    public static bool IsChecked(this AngleSharp.Dom.IElement input) => ((AngleSharp.Html.Dom.IHtmlInputElement)input).IsChecked;
}
