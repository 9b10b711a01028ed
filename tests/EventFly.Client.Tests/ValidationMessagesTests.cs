using System.ComponentModel.DataAnnotations;
using EventFly.Client.Contracts;

namespace EventFly.Client.Tests;

/// <summary>
/// The forms' validation messages come from the .resx pairs: English word for word what the framework wrote before,
/// German in the German UI.
/// </summary>
public sealed class ValidationMessagesTests
{
    [Fact]
    public void InEnglish_TheMessagesAreTheFrameworksOwnWording()
    {
        Assert.Equal(
            [new RequiredAttribute().FormatErrorMessage("Email"), new RequiredAttribute().FormatErrorMessage("Password")],
            Messages(new Credentials()));
        Assert.Equal([new EmailAddressAttribute().FormatErrorMessage("Email")], Messages(new ForgotPasswordForm { Email = "not-an-address" }));
        Assert.Equal(
            [new RequiredAttribute().FormatErrorMessage("NewPassword"), new RequiredAttribute().FormatErrorMessage("ConfirmPassword")],
            Messages(new ResetPasswordForm()));
        Assert.Equal(
            [new StringLengthAttribute(100).FormatErrorMessage("DisplayName"), new StringLengthAttribute(100).FormatErrorMessage("City")],
            Messages(new ProfileDto { DisplayName = new string('a', 101), City = new string('b', 101) }));
        Assert.Equal([new RequiredAttribute().FormatErrorMessage("Name")], Messages(new RoleRequest()));
        Assert.Equal([new StringLengthAttribute(60) { MinimumLength = 1 }.FormatErrorMessage("Name")], Messages(new RoleRequest { Name = new string('r', 61) }));
        Assert.Equal(["Ask something."], Messages(new QuestionRequest()));
        Assert.Equal(["A poll has 2 to 10 options."], Messages(new PollRequest { Question = "Pizza?", Options = ["Yes"] }));
    }

    [Fact]
    public void InGerman_TheParticipantFormsAndTheLiveChannelSpeakGerman()
    {
        using var german = new GermanCulture();

        Assert.Equal(["Gib deine E-Mail-Adresse ein.", "Gib dein Passwort ein."], Messages(new Credentials()));
        Assert.Equal(["Das ist keine gültige E-Mail-Adresse."], Messages(new ForgotPasswordForm { Email = "not-an-address" }));
        Assert.Equal(["Gib ein neues Passwort ein.", "Wiederhole das neue Passwort."], Messages(new ResetPasswordForm()));
        Assert.Equal(
            ["Der Anzeigename hat höchstens 100 Zeichen.", "Der Name der Stadt hat höchstens 100 Zeichen."],
            Messages(new ProfileDto { DisplayName = new string('a', 101), City = new string('b', 101) }));
        Assert.Equal(["Der Name der Rolle hat 1 bis 60 Zeichen."], Messages(new RoleRequest { Name = new string('r', 61) }));
        Assert.Equal(["Schreib etwas."], Messages(new CommentRequest()));
        Assert.Equal(["Ein Beitrag hat höchstens 10.000 Zeichen."], Messages(new PostRequest { Body = new string('p', 10_001) }));
        Assert.Equal(["Eine Frage hat höchstens 2.000 Zeichen."], Messages(new QuestionRequest { Text = new string('q', 2_001) }));
        Assert.Equal(["Gib die Frage der Umfrage ein.", "Eine Umfrage hat 2 bis 10 Antwortmöglichkeiten."], Messages(new PollRequest { Options = ["Ja"] }));
        Assert.Equal(["Wähle eine Antwort."], Messages(new VoteRequest()));
        Assert.Equal(["Gib dem Quiz einen Titel.", "Ein Quiz hat 1 bis 50 Fragen."], Messages(new QuizRequest()));
        Assert.Equal(
            ["Eine Frage hat 2 bis 6 Antwortmöglichkeiten.", "Das Zeitlimit liegt zwischen 5 und 120 Sekunden."],
            Messages(new QuizQuestionRequest { Text = "2 + 2?", Options = ["4"], TimeLimitSeconds = 3 }));
    }

    private static string[] Messages(object model)
    {
        var problems = new List<ValidationResult>();
        Validator.TryValidateObject(model, new ValidationContext(model), problems, validateAllProperties: true);
        return [.. problems.Select(p => p.ErrorMessage ?? "")];
    }
}
