using Texts = EventFly.Client.Resources.ResourceText<EventFly.Client.Resources.LiveTexts>;

namespace EventFly.Client.Resources;

/// <summary>
/// Marks LiveTexts.resx (English) and LiveTexts.de.resx for <c>IStringLocalizer&lt;LiveTexts&gt;</c>. The static
/// properties are the posts', comments', questions', polls' and quizzes' validation messages (<c>ErrorMessageResourceName</c>):
/// attributes cannot ask a localizer, so they read the same texts in the current UI language.
/// </summary>
public sealed class LiveTexts
{
    public static string WriteSomething => Texts.Get(nameof(WriteSomething));

    public static string PostTooLong => Texts.Get(nameof(PostTooLong));

    public static string CommentTooLong => Texts.Get(nameof(CommentTooLong));

    public static string AskSomething => Texts.Get(nameof(AskSomething));

    public static string QuestionTooLong => Texts.Get(nameof(QuestionTooLong));

    public static string PollQuestionRequired => Texts.Get(nameof(PollQuestionRequired));

    public static string PollOptionCount => Texts.Get(nameof(PollOptionCount));

    public static string ChooseAnOption => Texts.Get(nameof(ChooseAnOption));

    public static string QuizTitleRequired => Texts.Get(nameof(QuizTitleRequired));

    public static string QuizQuestionCount => Texts.Get(nameof(QuizQuestionCount));

    public static string QuizOptionCount => Texts.Get(nameof(QuizOptionCount));

    public static string TimeLimitRange => Texts.Get(nameof(TimeLimitRange));
}
