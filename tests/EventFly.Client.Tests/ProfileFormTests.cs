using AngleSharp.Dom;
using Bunit;
using EventFly.Client.Components;
using EventFly.Client.Contracts;

namespace EventFly.Client.Tests;

public sealed class ProfileFormTests : MudBlazorTestContext
{
    [Fact]
    public void Render_ShowsTheModelsValuesAndInterests()
    {
        var form = RenderForm(new ProfileDto { DisplayName = "Ada", City = "Berlin", Latitude = 52.52, Longitude = 13.405, Interests = ["music", "tech"] });

        Assert.Equal("Ada", Input(form, "displayName").GetAttribute("value"));
        Assert.Equal("Berlin", Input(form, "city").GetAttribute("value"));
        Assert.Equal("52.52", Input(form, "latitude").GetAttribute("value"));
        Assert.Contains("music", form.Markup, StringComparison.Ordinal);
        Assert.Contains("tech", form.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void LatitudeOutOfRange_ShowsTheErrorAndDoesNotSave()
    {
        var saved = 0;
        var form = RenderForm(new ProfileDto(), onSave: _ => saved++);

        Input(form, "latitude").Input("200");
        Input(form, "longitude").Input("10");
        form.Find("form").Submit();

        Assert.Contains("Latitude must be between -90 and 90.", form.Markup, StringComparison.Ordinal);
        Assert.Equal(0, saved);
    }

    [Fact]
    public void OnlyLatitude_ShowsTheLocationErrorAndDoesNotSave()
    {
        var saved = 0;
        var form = RenderForm(new ProfileDto(), onSave: _ => saved++);

        Input(form, "latitude").Input("10");
        form.Find("form").Submit();

        Assert.Contains("Give both latitude and longitude, or neither.", form.Markup, StringComparison.Ordinal);
        Assert.Equal(0, saved);
    }

    [Fact]
    public void ValidInput_SavesTheValues()
    {
        ProfileDto? saved = null;
        var form = RenderForm(new ProfileDto(), onSave: p => saved = p);

        Input(form, "displayName").Input("Grace");
        Input(form, "city").Input("Arlington");
        Input(form, "latitude").Input("38.88");
        Input(form, "longitude").Input("-77.1");
        form.Find("form").Submit();

        Assert.NotNull(saved);
        Assert.Equal("Grace", saved.DisplayName);
        Assert.Equal("Arlington", saved.City);
        Assert.Equal(38.88, saved.Latitude);
        Assert.Equal(-77.1, saved.Longitude);
    }

    [Fact]
    public void AddingAnInterestWithEnter_AddsOneLowerCaseChip()
    {
        var model = new ProfileDto { Interests = ["music"] };
        var form = RenderForm(model);

        foreach (var typed in new[] { "Jazz", "JAZZ", "Music" })
        {
            Input(form, "new-interest").Input(typed);
            Input(form, "new-interest").KeyDown("Enter");
        }

        Assert.Equal(["music", "jazz"], model.Interests);
        Assert.Contains("jazz", form.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void ServerErrors_AreShownOnTheirField()
    {
        var form = Render<ProfileForm>(p => p
            .Add(x => x.Model, new ProfileDto { Latitude = 1, Longitude = 1 })
            .Add(x => x.ServerErrors, new Dictionary<string, string[]> { ["latitude"] = ["The server says no."] }));

        Assert.Contains("The server says no.", form.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Disabled_UntilInteractive_TheSaveButtonIsDisabled()
    {
        var form = Render<ProfileForm>(p => p.Add(x => x.Model, new ProfileDto()).Add(x => x.Enabled, false));

        Assert.True(form.Find("[data-testid=save-profile]").HasAttribute("disabled"));
    }

    [Fact]
    public void InGerman_TheValidationMessagesReadGerman()
    {
        using var german = new GermanCulture();
        var form = RenderForm(new ProfileDto());

        Input(form, "latitude").Input("200");
        Input(form, "longitude").Input("10");
        form.Find("form").Submit();
        Assert.Contains("Der Breitengrad muss zwischen -90 und 90 liegen.", form.Markup, StringComparison.Ordinal);

        Input(form, "latitude").Input("50");
        Input(form, "longitude").Input("");
        form.Find("form").Submit();
        Assert.Contains("Gib Breiten- und Längengrad an, oder keinen von beiden.", form.Markup, StringComparison.Ordinal);
    }

    private IRenderedComponent<ProfileForm> RenderForm(ProfileDto model, Action<ProfileDto>? onSave = null) =>
        Render<ProfileForm>(p => p
            .Add(x => x.Model, model)
            .Add(x => x.OnSave, (ProfileDto dto) => onSave?.Invoke(dto)));

    private static IElement Input(IRenderedComponent<ProfileForm> form, string testId) =>
        form.Find($"input[data-testid={testId}], [data-testid={testId}] input");
}
