using EventFly.Client.Api;
using EventFly.Client.Contracts;
using EventFly.Client.Live;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EventFly.Client.Components.Live;

public partial class QuizPlay
{
    private readonly Dictionary<Guid, Guid> _chosen = [];
    private Guid? _timeUpFor;
    private bool _sending;

    [Inject] private ILiveApi Api { get; set; } = null!;

    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    [Parameter, EditorRequired] public LiveEventState State { get; set; } = null!;

    private QuizSnapshotResponse? Quiz => State.Quiz;

    private Guid? MyUserId => State.Participant?.UserId;

    /// <summary>What the caller chose: here, or before (a reload, another tab) as the fetched state says.</summary>
    private Guid? ChosenOption(Guid questionId) =>
        _chosen.TryGetValue(questionId, out var option) ? option
        : Quiz?.Question?.Id == questionId ? Quiz.MyAnswerOptionId
        : null;

    private bool CanAnswer(LiveQuizQuestionResponse question) =>
        Quiz?.Phase == QuizQuestionPhase.Open && State.CanWrite && !_sending && ChosenOption(question.Id) is null && State.AnswerTo(question.Id) is null
        && _timeUpFor != question.Id;

    private void OnTimeUp()
    {
        if (Quiz?.Question is { } question) _timeUpFor = question.Id;
    }

    private async Task AnswerAsync(LiveQuizQuestionResponse question, Guid optionId)
    {
        if (!CanAnswer(question)) return;
        _chosen[question.Id] = optionId;
        _sending = true;
        var result = await Api.AnswerAsync(Quiz!.QuizId, new QuizAnswerRequest { QuestionId = question.Id, OptionId = optionId }, Aborted);
        _sending = false;
        if (result.Value is { } answer)
        {
            State.SetAnswer(answer);
        }
        else
        {
            if (result.Code == "answer_too_late" || result.Code == "question_not_open") _timeUpFor = question.Id;
            if (result.Code != "already_answered") _chosen.Remove(question.Id);
            Snackbar.Add(result.Error!, Severity.Warning);
        }
        State.NotifyChanged();
    }
}
