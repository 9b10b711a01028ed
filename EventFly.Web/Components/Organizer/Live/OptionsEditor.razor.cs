using Microsoft.AspNetCore.Components;

namespace EventFly.Web.Components.Organizer.Live;

public sealed partial class OptionsEditor
{
    /// <summary>Edited in place; <see cref="Changed"/> tells the form.</summary>
    [Parameter, EditorRequired] public List<OptionLine> Options { get; set; } = [];

    [Parameter] public int Min { get; set; } = 2;

    [Parameter] public int Max { get; set; } = 10;

    [Parameter] public int MaxLength { get; set; } = 200;

    /// <summary>Shows each option's error (after the first save attempt, or once the form has been touched).</summary>
    [Parameter] public bool ShowErrors { get; set; }

    /// <summary>A quiz question: one option is marked correct.</summary>
    [Parameter] public bool ShowCorrect { get; set; }

    [Parameter] public int CorrectIndex { get; set; }

    [Parameter] public EventCallback<int> CorrectIndexChanged { get; set; }

    [Parameter] public EventCallback Changed { get; set; }

    private async Task AddAsync()
    {
        if (Options.Count >= Max) return;
        Options.Add(new OptionLine());
        await Changed.InvokeAsync();
    }

    private async Task RemoveAsync(int index)
    {
        if (Options.Count <= Min) return;
        Options.RemoveAt(index);
        // The correct mark stays on the same option, or on the first when that one went.
        if (ShowCorrect && CorrectIndex >= index)
            await CorrectIndexChanged.InvokeAsync(CorrectIndex == index ? 0 : CorrectIndex - 1);
        await Changed.InvokeAsync();
    }
}
