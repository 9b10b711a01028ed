using EventFly.Client.Contracts;
using Microsoft.AspNetCore.Components;

namespace EventFly.Client.Components;

/// <summary>Edits a role: its name and a checkbox per permission. Used by the organizer portal's role dialog.</summary>
public partial class RoleEditor
{
    private RoleRequest _model = new();

    [Parameter] public string? Name { get; set; }

    [Parameter] public IReadOnlyCollection<string> Permissions { get; set; } = [];

    /// <summary>Every permission, in the order to show them.</summary>
    [Parameter, EditorRequired] public IReadOnlyList<string> AllPermissions { get; set; } = [];

    /// <summary>The Owner role is shown but cannot be changed.</summary>
    [Parameter] public bool ReadOnly { get; set; }

    [Parameter] public bool Busy { get; set; }

    [Parameter] public EventCallback<RoleRequest> OnSave { get; set; }

    [Parameter] public EventCallback OnCancel { get; set; }

    protected override void OnInitialized() =>
        _model = new RoleRequest { Name = Name ?? "", Permissions = [.. Permissions] };

    private void Toggle(string permission, bool on)
    {
        _model.Permissions.Remove(permission);
        if (on) _model.Permissions.Add(permission);
    }

    // Sent in the canonical order, so what is saved reads the same as what is shown.
    private Task SaveAsync() => OnSave.InvokeAsync(new RoleRequest
    {
        Name = _model.Name.Trim(),
        Permissions = [.. AllPermissions.Where(_model.Permissions.Contains)],
    });
}
